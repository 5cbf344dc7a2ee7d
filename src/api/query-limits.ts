// Query depth and cost limits as GraphQL validation rules, so an abusive query is refused before any Cypher runs.
// Depth counts nested field selections (fragments followed, introspection skipped); cost uses
// graphql-query-complexity with a list multiplier: each list field costs 1 + children × (limit | first | page size).
import {
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
// The CommonJS build: its ESM build imports graphql/index.mjs, a second graphql instance next to the one
// @neo4j/graphql and Apollo load (graphql 16 refuses schemas from "another realm").
import complexity from "graphql-query-complexity/cjs";
import type { ComplexityEstimator } from "graphql-query-complexity";

const { getComplexity, simpleEstimator } = complexity;

export interface QueryLimits {
  /** Deepest allowed field nesting (the root field is depth 1). */
  maxDepth: number;
  /** Highest allowed estimated cost (fields times the page sizes they multiply by). */
  maxCost: number;
  /** Page size assumed for a list field queried without `limit`/`first` (the schema's @limit default). */
  defaultPageSize: number;
  /** Neo4j transaction timeout of one GraphQL request. */
  timeoutMilliseconds: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxCost: 20_000,
  defaultPageSize: 50,
  timeoutMilliseconds: 15_000,
};

/** Refuses operations nested deeper than `maxDepth` with a message naming the depth found. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          const name = operation.name?.value ?? "anonymous operation";
          context.reportError(
            new GraphQLError(`query too deep: '${name}' nests ${depth} levels, the limit is ${maxDepth}`, {
              nodes: [operation as ASTNode],
              extensions: { code: "QUERY_TOO_DEEP", depth, maxDepth },
            }),
          );
        }
      },
    };
  };
}

function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (set === undefined) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment === undefined || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

/**
 * Relationship fields the graph model (cypher/README.md) says reach one node, though the schema keeps them lists
 * as @neo4j/graphql 7 recommends: they multiply their children by 1, not by a page size.
 */
export const SINGLE_NODE_FIELDS = new Set([
  "Article.outlet",
  "Outlet.nation",
  "Statement.article",
  "Statement.speaker",
  "Triple.source",
  "Review.topic",
]);

/**
 * Cost of a field: a list multiplies its children by the page it asks for (`limit`/`first`, else the default
 * page size), by 1 when it selects one id (`where: { id: { eq } }`), is a single-node relationship, or is the
 * `edges` of a connection (already paged by the connection's `first`).
 */
export function pageSizeEstimator(defaultPageSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith("__")) return 0;
    const paged = field.name === "edges" && type.name.endsWith("Connection");
    if (paged || SINGLE_NODE_FIELDS.has(`${type.name}.${field.name}`) || selectsOneId(args.where))
      return 1 + childComplexity;
    const size = pageArgument(args.limit) ?? pageArgument(args.first);
    if (size !== undefined) return 1 + childComplexity * size;
    return isListOutput(field.type) ? 1 + childComplexity * defaultPageSize : 1 + childComplexity;
  };
}

function selectsOneId(where: unknown): boolean {
  const id = (where as { id?: { eq?: unknown } } | undefined)?.id;
  return typeof id?.eq === "string" || typeof id?.eq === "number";
}

function pageArgument(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}

function isListOutput(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/** Estimated cost of one operation of `document` with its variables (graphql-query-complexity). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  defaultPageSize: number,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName === undefined ? {} : { operationName }),
    estimators: [pageSizeEstimator(defaultPageSize), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** The error for an operation above the cost limit (HTTP 400, code QUERY_TOO_COSTLY). */
export function costError(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `query too costly: estimated cost ${cost} exceeds the limit ${maxCost}; ask for smaller pages`,
    {
      extensions: { code: "QUERY_TOO_COSTLY", cost, maxCost, http: { status: 400 } },
    },
  );
}
