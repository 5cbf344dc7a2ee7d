// Estimated cost of one GraphQL operation, in units of roughly one returned field: a node list multiplies its
// children by the page it really returns (limit/first clamped to the type's @limit, or its default — for
// connections too), connection counts and aggregates read every matching row, and filters and sorts add the rows
// Neo4j must read to apply them (filter-cost.ts): all nodes of the label for a root query no index narrows, the
// relationship's fan-out for a nested one, times `scanRowCost`. Introspection is priced on its own budget. Each named
// fragment is priced once per context and reused at every spread.
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import type { CostModel } from "./cost-model.js";
import { idRows, indexNarrows, measureFilter, type FilterLimits } from "./filter-cost.js";
import { introspectionMultiplier } from "./introspection-cost.js";

export interface CostOptions extends FilterLimits {
  /** Cost of reading one row to filter or sort it (a returned field costs 1). */
  scanRowCost: number;
  /** Rows an index seek on a non-unique property is assumed to return. */
  indexedRows: number;
}

export interface CostEstimate {
  cost: number;
  introspection: number;
}

/** Per root field (by response key): rows its filter was narrowed to by filter-anchors.ts, if it was. */
export type AnchoredRows = ReadonlyMap<string, number>;

interface Frame {
  /** Rows of the enclosing connection (its page) and rows its totalCount/aggregate read. */
  rows: number;
  countRows: number;
}

const NO_FRAME: Frame = { rows: 1, countRows: 0 };

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  model: CostModel,
  options: CostOptions,
  anchored: AnchoredRows = new Map(),
): CostEstimate {
  const walker = new CostWalker(schema, document, variables, model, options, anchored);
  const operation = document.definitions.find(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName === undefined || definition.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return { cost: 0, introspection: 0 };
  const root = schema.getRootType(operation.operation);
  if (root === undefined || root === null) return { cost: 0, introspection: 0 };
  const cost = walker.selection(operation.selectionSet, root, NO_FRAME, false);
  return { cost, introspection: walker.introspection };
}

/** The operation's variables coerced with their defaults, or undefined when they do not fit (execution refuses). */
export function coerceVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  raw: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const operation = document.definitions.find(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName === undefined || definition.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return undefined;
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw);
  return result.errors === undefined ? result.coerced : undefined;
}

class CostWalker {
  introspection = 0;
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly priced = new Map<string, CostEstimate>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
    private readonly model: CostModel,
    private readonly options: CostOptions,
    private readonly anchored: AnchoredRows,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  selection(set: SelectionSetNode | undefined, parent: GraphQLObjectType, frame: Frame, meta: boolean): number {
    if (set === undefined) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += this.field(selection, parent, frame, meta);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += this.selection(
          selection.selectionSet,
          this.typeOf(selection.typeCondition?.name.value, parent),
          frame,
          meta,
        );
      } else total += this.fragment(selection.name.value, parent, frame, meta);
    }
    return total;
  }

  private fragment(name: string, parent: GraphQLObjectType, frame: Frame, meta: boolean): number {
    const key = `${name}|${frame.rows}|${frame.countRows}|${meta}`;
    const known = this.priced.get(key);
    if (known !== undefined) {
      this.introspection += known.introspection;
      return known.cost;
    }
    const definition = this.fragments.get(name);
    if (definition === undefined) return 0;
    this.priced.set(key, { cost: 0, introspection: 0 });
    const before = this.introspection;
    const type = this.typeOf(definition.typeCondition.name.value, parent);
    const cost = this.selection(definition.selectionSet, type, frame, meta);
    this.priced.set(key, { cost, introspection: this.introspection - before });
    return cost;
  }

  private typeOf(name: string | undefined, fallback: GraphQLObjectType): GraphQLObjectType {
    const type = name === undefined ? undefined : this.schema.getType(name);
    return isObjectType(type) ? type : fallback;
  }

  private definition(node: FieldNode, parent: GraphQLObjectType): GraphQLField<unknown, unknown> | undefined {
    if (node.name.value === "__schema") return SchemaMetaFieldDef;
    if (node.name.value === "__type") return TypeMetaFieldDef;
    return parent.getFields()[node.name.value];
  }

  private field(node: FieldNode, parent: GraphQLObjectType, frame: Frame, meta: boolean): number {
    const name = node.name.value;
    if (name === "__typename") return 0;
    const definition = this.definition(node, parent);
    if (definition === undefined) return 0;
    const target = getNamedType(definition.type);
    if (meta || name === "__schema" || name === "__type") {
      const rows = isListOutput(definition.type) ? introspectionMultiplier(this.schema, `${parent.name}.${name}`) : 1;
      const children = isObjectType(target) ? this.selection(node.selectionSet, target, NO_FRAME, true) : 0;
      const units = rows * (1 + children);
      if (!meta) this.introspection += units;
      return meta ? units : 0;
    }
    const args = getArgumentValues(definition, node, this.variables);
    const key = `${parent.name}.${name}`;
    const responseKey = node.alias?.value ?? name;
    const atRoot = parent === this.schema.getQueryType() || parent === this.schema.getMutationType();
    if (isConnection(target)) {
      const nodeType = connectionNodeType(target);
      const rows = this.model.isSingleNode(key) ? 1 : (idRows(args.where) ?? this.page(nodeType, args.first));
      const countRows = atRoot ? this.rootRows(nodeType, args, responseKey, true) : this.model.fanOut(key);
      const filter = this.filterWork(nodeType, args, atRoot ? countRows : this.model.fanOut(key));
      return 1 + filter + this.selection(node.selectionSet, target, { rows, countRows }, false);
    }
    if (isObjectType(parent) && isConnection(parent) && (name === "totalCount" || name === "aggregate")) {
      const children = isObjectType(target) ? this.selection(node.selectionSet, target, NO_FRAME, false) : 0;
      return 1 + frame.countRows * this.options.scanRowCost * (1 + children);
    }
    if (isObjectType(parent) && isConnection(parent) && name === "edges" && isObjectType(target)) {
      return 1 + frame.rows * (1 + this.selection(node.selectionSet, target, NO_FRAME, false));
    }
    const computed = this.model.cypherCost(key);
    if (!isObjectType(target)) return 1 + computed;
    const children = this.selection(node.selectionSet, target, NO_FRAME, false);
    if (!isListOutput(definition.type) || this.model.page(target.name) === undefined) return 1 + computed + children;
    const rows = this.model.isSingleNode(key) ? 1 : (idRows(args.where) ?? this.page(target.name, args.limit));
    const read = atRoot ? this.rootRows(target.name, args, responseKey, false) : this.model.fanOut(key);
    return 1 + computed + this.filterWork(target.name, args, read) + rows * (1 + children);
  }

  /** Rows a filter or sort on a root query reads: anchored or id rows, an index seek's estimate, or the label. */
  private rootRows(type: string, args: Record<string, unknown>, responseKey: string, counting: boolean): number {
    const anchored = this.anchored.get(responseKey);
    if (anchored !== undefined) return anchored;
    const ids = idRows(args.where);
    if (ids !== undefined) return ids;
    if (indexNarrows(args.where, type, this.model)) {
      return Math.min(this.options.indexedRows, this.model.labelRows(type));
    }
    return counting || hasEntries(args.where) || hasEntries(args.sort) ? this.model.labelRows(type) : 0;
  }

  /** Rows read to apply `where`/`sort` times each row's filter work, in cost units; 0 without either. */
  private filterWork(type: string, args: Record<string, unknown>, rowsRead: number): number {
    if (!hasEntries(args.where) && !hasEntries(args.sort)) return 0;
    const whereType = this.schema.getType(`${type}Where`);
    const measure = isInputObjectType(whereType)
      ? measureFilter(args.where, whereType, type, this.model, this.options)
      : { work: 0 };
    return rowsRead * (1 + measure.work) * this.options.scanRowCost;
  }

  /** Rows of one page: the asked size clamped to @limit's max, or its default (an upper bound, whatever the data). */
  private page(type: string, requested: unknown): number {
    const size = this.model.page(type);
    const asked = typeof requested === "number" && Number.isFinite(requested) && requested > 0 ? requested : undefined;
    return size === undefined ? (asked ?? 1) : Math.min(asked ?? size.default, size.max);
  }
}

function hasEntries(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === "object" && value !== null && Object.keys(value).length > 0;
}

function isListOutput(type: unknown): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/** A @neo4j/graphql connection type: `edges` (each with a `node`), `pageInfo`. */
export function isConnection(type: GraphQLNamedType): type is GraphQLObjectType {
  return isObjectType(type) && "edges" in type.getFields() && "pageInfo" in type.getFields();
}

function connectionNodeType(connection: GraphQLObjectType): string {
  const edges = connection.getFields().edges;
  const edge = edges === undefined ? undefined : getNamedType(edges.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  return node === undefined ? "" : getNamedType(node.type).name;
}
