// What the cost estimate knows about the graph: each node type's real page size (its @limit default and max, as
// @neo4j/graphql applies them to lists and connections alike), relationships that reach one node, how many nodes a
// relationship fans out to, the properties Neo4j can look up by index, how many nodes of each label a filter
// without an index reads, and the fixed price of the Cypher-computed fields (cypher/api/*.cypher).
import { Kind, type ConstDirectiveNode, type DocumentNode } from "graphql";

export interface PageSize {
  default: number;
  max: number;
}

export interface CostModel {
  /** @limit of a node type; undefined for types without one (scalars, connections). */
  page(type: string): PageSize | undefined;
  /** Relationship field (`Type.field`, or its `…Connection`) that reaches one node. */
  isSingleNode(field: string): boolean;
  /** Nodes a relationship field leads to when a filter, sort or count reads all of them. */
  fanOut(field: string): number;
  /** Nodes of a label a root query reads when no index narrows its filter or sort (at least the floor). */
  labelRows(type: string): number;
  /** Whether `Type.property` has a range index or uniqueness constraint (an index seek narrows the query). */
  isIndexed(type: string, property: string): boolean;
  /** Price of a field computed by a Cypher query (`Type.field`), on top of its rows. */
  cypherCost(field: string): number;
}

/** Relationships the graph model (cypher/README.md) says reach one node, though the schema keeps them lists. */
export const SINGLE_NODE_FIELDS: ReadonlySet<string> = new Set([
  "Article.outlet",
  "Outlet.nation",
  "Statement.article",
  "Statement.speaker",
  "Triple.source",
  "Review.topic",
  "VerificationSet.reference",
  "VerificationItem.statement",
]);

/** Typical fan-out of the relationships a filter, sort or count has to read in full (default: a page of 50). */
export const FAN_OUT: ReadonlyMap<string, number> = new Map([
  ["Nation.outlets", 50],
  ["Outlet.articles", 5_000],
  ["Topic.articles", 1_000],
  ["EvalRun.triples", 5_000],
  ["Speaker.statements", 500],
  ["Organization.members", 100],
  ["ConflictCycle.articles", 5],
  ["ConflictCycle.deactivated", 5],
  ["Article.statements", 10],
  ["Article.topics", 5],
  ["Article.links", 20],
  ["Article.linkedFrom", 20],
  ["Article.cycles", 20],
  ["Statement.triples", 5],
  ["Statement.deactivations", 5],
  ["Triple.scoredBy", 10],
  ["Topic.reviews", 10],
  ["Speaker.organizations", 3],
]);

/** Work of the @cypherFile fields beyond the rows they return (they walk a nation's outlets and articles). */
export const CYPHER_FIELD_COST: ReadonlyMap<string, number> = new Map([
  ["Nation.articleCount", 500],
  ["Statement.spanText", 1],
  ["Query.articlesOfNation", 500],
  ["Query.conflictRoundsOfNation", 500],
  ["Query.conflictCyclesOfNation", 500],
]);

/** `@limit(default, max)` of every node type in the type definitions (schema/*.graphql). */
export function pageSizes(typeDefinitions: DocumentNode): Map<string, PageSize> {
  const sizes = new Map<string, PageSize>();
  for (const definition of typeDefinitions.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const limit = definition.directives?.find((directive) => directive.name.value === "limit");
    if (limit === undefined) continue;
    sizes.set(definition.name.value, { default: intArgument(limit, "default"), max: intArgument(limit, "max") });
  }
  return sizes;
}

function intArgument(directive: ConstDirectiveNode, name: string): number {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.INT ? Number(value.value) : Number.POSITIVE_INFINITY;
}

export interface CostModelInputs {
  pages: ReadonlyMap<string, PageSize>;
  /** Node counts per label (the count store); labels missing here count `minimumLabelRows`. */
  labelCounts: () => ReadonlyMap<string, number>;
  /** `Label.property` pairs Neo4j has an index for. */
  indexed: () => ReadonlySet<string>;
  /** Floor of a label's row count, so an empty or small graph does not make scans look free. */
  minimumLabelRows?: number;
}

export function createCostModel(inputs: CostModelInputs): CostModel {
  const minimum = inputs.minimumLabelRows ?? 1_000;
  const base = (field: string) => field.replace(/Connection$/, "");
  return {
    page: (type) => inputs.pages.get(type),
    isSingleNode: (field) => SINGLE_NODE_FIELDS.has(base(field)),
    fanOut: (field) => (SINGLE_NODE_FIELDS.has(base(field)) ? 1 : (FAN_OUT.get(base(field)) ?? 50)),
    labelRows: (type) => Math.max(minimum, inputs.labelCounts().get(type) ?? 0),
    isIndexed: (type, property) => inputs.indexed().has(`${type}.${property}`),
    cypherCost: (field) => CYPHER_FIELD_COST.get(field) ?? 0,
  };
}
