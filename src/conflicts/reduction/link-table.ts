// The reduction's links as columns of typed arrays (issue 16 item 5): one row per LINK, articles, statements and
// claims interned to integer indices once, kinds and stances as small codes, link ids packed as UTF-8 bytes after
// the run's common prefix (a JS string is made only for a link that is decided or written). At 10M links an object
// per link (~11 fields, an id string) was most of the reduction's memory; a row here takes 45 bytes of columns plus
// its id's bytes (~30 for `<kind>/<20 hex>`).
// Rows are in link id order and articles in id order, so comparing indices compares ids (canonical cycles, keys).
import type { ConflictLink, LinkKind, Stance } from "../types.js";

export const LINK_KINDS: readonly LinkKind[] = ["statement", "semantic", "geo", "social"];
/** Stance codes: 0 none, 1 support, 2 oppose. */
export const STANCES: readonly (Stance | null)[] = [null, "support", "oppose"];
/** `community` of a link whose endpoints lie in different communities; `writtenCommunity` before any write. */
export const NO_COMMUNITY = -1;
export const NOT_WRITTEN = -2;

export interface LinkTable {
  size: number;
  /** Every link id starts with it; `idBytes` hold the rest. */
  prefix: string;
  /** Article ids in ascending order; `source`/`target` index them. */
  articles: string[];
  statements: string[];
  claims: string[];
  source: Int32Array;
  target: Int32Array;
  /** Index into LINK_KINDS. */
  kind: Uint8Array;
  /** Statement links: index into `claims` / `statements` (−1 none), stance codes, sign (0 none). */
  claim: Int32Array;
  sourceStatement: Int32Array;
  targetStatement: Int32Array;
  sourceStance: Uint8Array;
  targetStance: Uint8Array;
  sign: Int8Array;
  /** Float64: Louvain sums parallel weights, and the sums must be the ones the object path made. */
  weight: Float64Array;
  active: Uint8Array;
  /** This round's Louvain community of both endpoints, NO_COMMUNITY otherwise. */
  community: Int32Array;
  /** The community last written to the graph's LINK (NOT_WRITTEN before the first write). */
  writtenCommunity: Int32Array;
  idBytes: Uint8Array;
  /** Row r's id suffix is idBytes[idOffsets[r] .. idOffsets[r + 1]). */
  idOffsets: Int32Array;
  /**
   * True when ordering rows by index orders their ids joined with "," as cycle keys are (no id is a prefix of the
   * next one followed by a character below ","); otherwise cycle order falls back to comparing the id strings.
   */
  rowsOrderKeys: boolean;
}

const decoder = new TextDecoder();

/** The id of row `row` (one string, made on demand). */
export function linkIdOf(table: LinkTable, row: number): string {
  return table.prefix + decoder.decode(table.idBytes.subarray(table.idOffsets[row]!, table.idOffsets[row + 1]!));
}

/** The row of a link id, by binary search over the id-ordered rows (−1 when absent). */
export function rowOfLinkId(table: LinkTable, id: string): number {
  let [low, high] = [0, table.size - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = linkIdOf(table, middle);
    if (candidate === id) return middle;
    if (candidate < id) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The community label written to the graph and used in decisions (`c<n>`, as the object path named it). */
export const communityLabel = (community: number): string | null =>
  community === NO_COMMUNITY ? null : `c${community}`;

/** One row as the object the Cypher backend, the decisions and the tests read (made only for the links they need). */
export function linkOf(table: LinkTable, row: number): ConflictLink {
  const statement = (index: number): string | null => (index < 0 ? null : table.statements[index]!);
  const link: ConflictLink = {
    id: linkIdOf(table, row),
    source: table.articles[table.source[row]!]!,
    target: table.articles[table.target[row]!]!,
    kind: LINK_KINDS[table.kind[row]!]!,
    weight: table.weight[row]!,
    claim: table.claim[row]! < 0 ? null : table.claims[table.claim[row]!]!,
    sourceStatement: statement(table.sourceStatement[row]!),
    targetStatement: statement(table.targetStatement[row]!),
    sourceStance: STANCES[table.sourceStance[row]!]!,
    targetStance: STANCES[table.targetStance[row]!]!,
    sign: table.sign[row] === 0 ? null : table.sign[row]!,
    community: communityLabel(table.community[row]!),
  };
  return link;
}

/** Objects of the active rows (small graphs: tests, and a search backend that reads objects). */
export function activeLinks(table: LinkTable): ConflictLink[] {
  const links: ConflictLink[] = [];
  for (let row = 0; row < table.size; row += 1) if (table.active[row] === 1) links.push(linkOf(table, row));
  return links;
}
