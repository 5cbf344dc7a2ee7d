// GraphQL documents of the triple browser (read-only; a page of triples by nation and set, one triple's provenance).
import { STATEMENT_FIELDS } from "./statement-panel.js";

export const PAGE_SIZE = 20;
export const TRIPLES = `query Triples($where: TripleWhere, $offset: Int!) {
  triples(where: $where, limit: ${PAGE_SIZE}, offset: $offset, sort: [{ id: ASC }]) {
    id question statement reverseStatement set status conflictReduced
  }
}`;
export const PROVENANCE = `query Provenance($id: ID!) {
  triples(where: { id: { eq: $id } }) {
    id checks source(limit: 1) { ${STATEMENT_FIELDS} }
    scoredByConnection(first: 20) { edges { properties { correct verdict } node { model method variant } } }
  }
}`;
export const NATIONS = `query { nations(limit: 50, sort: [{ code: ASC }]) { code name } }`;

/**
 * The filter of one page of triples. Without a nation it says "id is not null" (every triple has one): with it,
 * Neo4j reads the id index in order and stops after the page, instead of reading and sorting every Triple.
 */
export function triplesWhere(nation: string, set: string): Record<string, unknown> {
  const where: Record<string, unknown> = nation === "" ? { NOT: { id: { eq: null } } } : { nation: { eq: nation } };
  if (set !== "") where.set = { eq: set };
  return where;
}
