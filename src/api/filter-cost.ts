// Prices a `where` filter of @neo4j/graphql: every relationship filter (`outlet: { some: … }`, `…Connection`) is an
// EXISTS subquery Neo4j runs for each row it looks at, reading every related node, so one row's work multiplies by
// the relationship's fan-out at each nested hop. Refuses filters nested deeper than the limits before any Cypher
// runs, and tells whether a root filter can be narrowed by an index (ids, or an indexed property) or must scan.
import { getNamedType, isInputObjectType, type GraphQLInputObjectType, type GraphQLInputType } from "graphql";
import type { CostModel } from "./cost-model.js";
import { refusal } from "./refusal.js";

export interface FilterLimits {
  /** Relationship filters nested inside each other (`outlet.some.nation.some` is 2). */
  maxFilterHops: number;
  /** Input objects nested inside one `where` (AND/OR/NOT, relationships and operators all count). */
  maxFilterDepth: number;
  /** Predicates (operators such as `eq`, `contains`) in one `where`. */
  maxFilterPredicates: number;
  /** Values in one `in` list. */
  maxListValues: number;
}

export interface FilterMeasure {
  /** Work per filtered row beyond reading the row itself (related nodes read by relationship filters). */
  work: number;
  predicates: number;
}

const QUANTIFIERS = new Set(["some", "all", "none", "single"]);
const LOGIC = new Set(["AND", "OR", "NOT"]);

type Value = Record<string, unknown>;

const isObject = (value: unknown): value is Value =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Measures `where` (already coerced) of type `inputType` on node type `owner`; throws a 400 refusal past a limit. */
export function measureFilter(
  where: unknown,
  inputType: GraphQLInputType,
  owner: string,
  model: CostModel,
  limits: FilterLimits,
): FilterMeasure {
  const state = { predicates: 0 };
  const work = walk(where, inputType, owner, 1, 0, state, model, limits);
  return { work, predicates: state.predicates };
}

function walk(
  value: unknown,
  type: GraphQLInputType,
  owner: string,
  depth: number,
  hops: number,
  state: { predicates: number },
  model: CostModel,
  limits: FilterLimits,
): number {
  const named = getNamedType(type);
  if (!isObject(value) || !isInputObjectType(named)) return 0;
  if (depth > limits.maxFilterDepth) {
    throw refusal(
      `filter too deep: a 'where' nests more than ${limits.maxFilterDepth} input objects`,
      "FILTER_TOO_DEEP",
      400,
      { limit: limits.maxFilterDepth },
    );
  }
  const fields = named.getFields();
  let work = 0;
  for (const [key, inner] of Object.entries(value)) {
    const field = fields[key];
    if (field === undefined || inner === null || inner === undefined) continue;
    const innerType = getNamedType(field.type);
    if (LOGIC.has(key)) {
      for (const part of Array.isArray(inner) ? inner : [inner]) {
        work += walk(part, field.type, owner, depth + 1, hops, state, model, limits);
      }
    } else if (isRelationshipFilter(innerType)) {
      work += relationshipWork(key, inner, innerType, owner, depth, hops, state, model, limits);
    } else if (key === "node" || key === "edge") {
      work += walk(
        inner,
        field.type,
        key === "node" ? targetOf(innerType) : owner,
        depth + 1,
        hops,
        state,
        model,
        limits,
      );
    } else {
      countPredicates(inner, state, limits);
    }
  }
  return work;
}

function relationshipWork(
  key: string,
  value: unknown,
  filters: GraphQLInputObjectType,
  owner: string,
  depth: number,
  hops: number,
  state: { predicates: number },
  model: CostModel,
  limits: FilterLimits,
): number {
  if (hops + 1 > limits.maxFilterHops) {
    throw refusal(
      `filter too deep: relationship filters nest more than ${limits.maxFilterHops} hops (at '${owner}.${key}')`,
      "FILTER_TOO_DEEP",
      400,
      { limit: limits.maxFilterHops },
    );
  }
  if (!isObject(value)) return 0;
  const fanOut = model.fanOut(`${owner}.${key}`);
  let work = 0;
  for (const [quantifier, inner] of Object.entries(value)) {
    const field = filters.getFields()[quantifier];
    if (!QUANTIFIERS.has(quantifier) || field === undefined) continue;
    const innerType = getNamedType(field.type);
    const target = targetOf(innerType);
    state.predicates += 1;
    work += fanOut * (1 + walk(inner, field.type, target, depth + 2, hops + 1, state, model, limits));
  }
  return work;
}

function countPredicates(value: unknown, state: { predicates: number }, limits: FilterLimits): void {
  if (!isObject(value)) return;
  for (const [operator, operand] of Object.entries(value)) {
    state.predicates += 1;
    if (Array.isArray(operand) && operand.length > limits.maxListValues) {
      throw refusal(
        `filter too large: '${operator}' lists ${operand.length} values, the limit is ${limits.maxListValues}`,
        "FILTER_TOO_COMPLEX",
        400,
        { found: operand.length, limit: limits.maxListValues },
      );
    }
  }
  if (state.predicates > limits.maxFilterPredicates) {
    throw refusal(
      `filter too complex: more than ${limits.maxFilterPredicates} predicates in one 'where'`,
      "FILTER_TOO_COMPLEX",
      400,
      { limit: limits.maxFilterPredicates },
    );
  }
}

function isRelationshipFilter(type: unknown): type is GraphQLInputObjectType {
  return isInputObjectType(type) && /(RelationshipFilters|ConnectionFilters)$/.test(type.name);
}

/** `OutletWhere` → `Outlet`; a connection's `…ConnectionWhere` → the node type of its `node` filter. */
function targetOf(type: unknown): string {
  if (!isInputObjectType(type)) return "";
  const node = type.getFields().node;
  if (type.name.endsWith("ConnectionWhere") && node !== undefined) return targetOf(getNamedType(node.type));
  return type.name.replace(/Where$/, "");
}

/** Rows selected by id (`id: { eq }` or `id: { in: [..] }` at the top of `where`), when it does. */
export function idRows(where: unknown): number | undefined {
  const id = isObject(where) ? where.id : undefined;
  if (!isObject(id)) return undefined;
  if (typeof id.eq === "string" || typeof id.eq === "number") return 1;
  if (Array.isArray(id.in)) return id.in.length;
  return undefined;
}

const SEEKABLE = new Set(["eq", "in", "startsWith", "gt", "gte", "lt", "lte"]);

/** Whether an index can narrow `where` on `type`: an indexed property compared by a seekable operator, joined by AND. */
export function indexNarrows(where: unknown, type: string, model: CostModel): boolean {
  if (!isObject(where)) return false;
  for (const [key, value] of Object.entries(where)) {
    if (key === "AND" && Array.isArray(value) && value.some((part) => indexNarrows(part, type, model))) return true;
    if (!isObject(value) || LOGIC.has(key) || !model.isIndexed(type, key)) continue;
    if (Object.keys(value).some((operator) => SEEKABLE.has(operator))) return true;
  }
  return false;
}
