// Value clusters on the link table: the same Louvain as communities.ts (Blondel et al. 2008,
// graphology-communities-louvain, seeded rng), fed from typed arrays (louvain-graph.ts) instead of a graphology graph
// built with an updateEdge per link. Parallel links are summed first (grouped by their smaller endpoint, in row order,
// so every sum adds the same weights in the same order), and the pairs are listed in the order of their first link,
// endpoints as that link has them: the graph Louvain reads, and so every community, is the one the object path built.
import { seededRandom } from "../../shared/seeded-random.js";
import { louvain, type CommunityOptions } from "./communities.js";
import { NO_COMMUNITY, type LinkTable } from "./link-table.js";
import { louvainGraphView, type WeightedPairs } from "./louvain-graph.js";

export interface TableCommunities {
  /** Community of each article (index into table.articles), NO_COMMUNITY when it has no active link. */
  ofArticle: Int32Array;
  count: number;
}

/** Louvain over the active rows; sets `table.community` of every active row (NO_COMMUNITY across communities). */
export function assignTableCommunities(table: LinkTable, options: CommunityOptions): TableCommunities {
  const ofArticle = detectTableCommunities(table, options);
  const seen = new Uint8Array(ofArticle.length);
  let count = 0;
  for (const community of ofArticle) {
    if (community === NO_COMMUNITY || seen[community] === 1) continue;
    seen[community] = 1;
    count += 1;
  }
  for (let row = 0; row < table.size; row += 1) {
    const source = ofArticle[table.source[row]!]!;
    table.community[row] =
      table.active[row] === 1 && source !== NO_COMMUNITY && source === ofArticle[table.target[row]!]
        ? source
        : NO_COMMUNITY;
  }
  return { ofArticle, count };
}

export function detectTableCommunities(table: LinkTable, options: CommunityOptions): Int32Array {
  const pairs = weightedPairs(table);
  const ofArticle = new Int32Array(table.articles.length).fill(NO_COMMUNITY);
  if (pairs.source.length === 0) return ofArticle;
  const graph = louvainGraphView(pairs);
  const mapping = louvain(graph as unknown as Parameters<typeof louvain>[0], {
    getEdgeWeight: ((edge: number) => pairs.weight[edge]!) as unknown as string,
    resolution: options.resolution,
    rng: seededRandom(options.seed),
  }) as unknown as Record<number, number>;
  graph.forEachNode((article) => (ofArticle[article] = mapping[article]!));
  return ofArticle;
}

/** The article pairs of the active rows in order of their first row, endpoints as that row has them. */
export function weightedPairs(table: LinkTable): WeightedPairs {
  const { firstRow, weights } = pairWeights(table);
  let count = 0;
  for (let row = 0; row < table.size; row += 1) if (firstRow[row]! >= 0) count += 1;
  const pairs: WeightedPairs = {
    source: new Int32Array(count),
    target: new Int32Array(count),
    weight: new Float64Array(count),
    articleCount: table.articles.length,
  };
  let created = 0;
  for (let row = 0; row < table.size; row += 1) {
    const pair = firstRow[row]!;
    if (pair < 0) continue;
    pairs.source[created] = table.source[row]!;
    pairs.target[created] = table.target[row]!;
    pairs.weight[created] = weights[pair]!;
    created += 1;
  }
  return pairs;
}

/**
 * For each active row that is the first of its article pair, the pair's index (else −1), and each pair's summed
 * weight: rows grouped by their smaller endpoint (a counting sort keeps row order), a marker per larger endpoint.
 */
function pairWeights(table: LinkTable): { firstRow: Int32Array; weights: Float64Array } {
  const articleCount = table.articles.length;
  const low = (row: number): number => Math.min(table.source[row]!, table.target[row]!);
  const high = (row: number): number => Math.max(table.source[row]!, table.target[row]!);
  const offsets = new Int32Array(articleCount + 1);
  for (let row = 0; row < table.size; row += 1) if (table.active[row] === 1) offsets[low(row) + 1]! += 1;
  for (let article = 0; article < articleCount; article += 1) offsets[article + 1]! += offsets[article]!;
  const grouped = new Int32Array(offsets[articleCount]!);
  const fill = offsets.slice(0, articleCount);
  for (let row = 0; row < table.size; row += 1) if (table.active[row] === 1) grouped[fill[low(row)]!++] = row;
  const firstRow = new Int32Array(table.size).fill(-1);
  const weights = new Float64Array(grouped.length);
  const markerOwner = new Int32Array(articleCount).fill(-1);
  const markerPair = new Int32Array(articleCount);
  let pairs = 0;
  for (let article = 0; article < articleCount; article += 1)
    for (let entry = offsets[article]!; entry < offsets[article + 1]!; entry += 1) {
      const row = grouped[entry]!;
      const other = high(row);
      if (markerOwner[other] !== article) {
        markerOwner[other] = article;
        markerPair[other] = pairs;
        firstRow[row] = pairs;
        weights[pairs] = 0;
        pairs += 1;
      }
      const pair = markerPair[other]!;
      weights[pair] = weights[pair]! + table.weight[row]!;
    }
  return { firstRow, weights };
}
