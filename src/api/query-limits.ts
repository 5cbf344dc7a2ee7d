// Every limit the API puts on one request, with its default: the document's size and shape (document-shape.ts,
// checked before Apollo parses it), the filters (filter-cost.ts), the estimated cost (query-cost.ts), the Neo4j
// transaction timeout, and how many requests one client may have running and waiting (admission.ts).
import type { FilterLimits } from "./filter-cost.js";
import type { ShapeLimits } from "./document-shape.js";
import { refusal } from "./refusal.js";
import type { GraphQLError } from "graphql";

export interface QueryLimits extends ShapeLimits, FilterLimits {
  /** Highest allowed estimated cost (about one unit per returned field; see query-cost.ts). */
  maxCost: number;
  /** Introspection may cost this multiple of the standard introspection query. */
  introspectionAllowance: number;
  /** Cost of reading one row to filter or sort it. */
  scanRowCost: number;
  /** Rows an index seek on a non-unique property is assumed to return. */
  indexedRows: number;
  /** Floor of a label's row count in the estimate (an empty graph does not make scans free). */
  minimumLabelRows: number;
  /** Neo4j transaction timeout of one GraphQL request. */
  timeoutMilliseconds: number;
  /** GraphQL requests one client (remote address) may have running at once; more wait in its queue. */
  perClientConcurrency: number;
  /** Requests one client may have waiting; beyond it the client gets 429. */
  perClientQueue: number;
  /** GraphQL requests running at once over all clients (kept below the driver's pool of 100 connections). */
  totalConcurrency: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxTokens: 3_000,
  maxDepth: 10,
  maxFields: 300,
  maxAliases: 30,
  maxRootFields: 10,
  maxFilterHops: 3,
  maxFilterDepth: 12,
  maxFilterPredicates: 40,
  maxListValues: 1_000,
  maxCost: 20_000,
  introspectionAllowance: 2,
  scanRowCost: 0.1,
  indexedRows: 1_000,
  minimumLabelRows: 1_000,
  timeoutMilliseconds: 15_000,
  perClientConcurrency: 4,
  perClientQueue: 32,
  totalConcurrency: 32,
};

/** The error for an operation above the cost limit (HTTP 400, code QUERY_TOO_COSTLY). */
export function costError(cost: number, maxCost: number): GraphQLError {
  return refusal(
    `query too costly: estimated cost ${Math.ceil(cost)} exceeds the limit ${maxCost}; ask for smaller pages, ` +
      "or narrow filters by id, an indexed property or a nation (articlesOfNation, conflictCyclesOfNation)",
    "QUERY_TOO_COSTLY",
    400,
    { cost: Math.ceil(cost), maxCost },
  );
}

/** The error for introspection above its budget (HTTP 400, code INTROSPECTION_TOO_COSTLY). */
export function introspectionError(cost: number, budget: number): GraphQLError {
  return refusal(
    `introspection too costly: estimated ${Math.ceil(cost)}, the limit is ${Math.ceil(budget)} ` +
      "(the standard introspection query fits; do not nest type → fields → type deeper than it does)",
    "INTROSPECTION_TOO_COSTLY",
    400,
    { cost: Math.ceil(cost), maxCost: Math.ceil(budget) },
  );
}
