// The compact cycle search (csr-search.ts) on the link table: the CSR is built from the active rows inside a seeded
// community with article indices as nodes and row indices as links, so no object or string is made per link; found
// cycles stay as index arrays (articles and rows are in id order, so index order is id order) and get their
// strings only when a decision is written. Same rule, same cycles, same order as the object search.
import { canonicalRotation } from "./canonical.js";
import { NO_COMMUNITY, linkIdOf, type LinkTable } from "../reduction/link-table.js";

/** A cycle in canonical form, as article indices and link rows (links[i] joins nodes[i] and nodes[i + 1]). */
export interface RowCycle {
  nodes: number[];
  links: number[];
}

interface RowGraph {
  offsets: Int32Array;
  neighbours: Int32Array;
  via: Int32Array;
}

function rowGraph(table: LinkTable, seeds: Int32Array): RowGraph {
  const seeded = new Set(Array.from(seeds, (row) => table.community[row]!));
  const inside = (row: number): boolean =>
    table.active[row] === 1 && table.community[row] !== NO_COMMUNITY && seeded.has(table.community[row]!);
  const articleCount = table.articles.length;
  const offsets = new Int32Array(articleCount + 1);
  for (let row = 0; row < table.size; row += 1)
    if (inside(row)) {
      offsets[table.source[row]! + 1]! += 1;
      offsets[table.target[row]! + 1]! += 1;
    }
  for (let article = 0; article < articleCount; article += 1) offsets[article + 1]! += offsets[article]!;
  const fill = offsets.slice(0, articleCount);
  const neighbours = new Int32Array(offsets[articleCount]!);
  const via = new Int32Array(neighbours.length);
  for (let row = 0; row < table.size; row += 1) {
    if (!inside(row)) continue;
    const [source, target] = [table.source[row]!, table.target[row]!];
    neighbours[fill[source]!] = target;
    via[fill[source]!++] = row;
    neighbours[fill[target]!] = source;
    via[fill[target]!++] = row;
  }
  return { offsets, neighbours, via };
}

/** Shortest first, then by key (the link ids joined by ","): by row indices when they order keys, else by strings. */
export function rowCycleComparator(table: LinkTable): (left: RowCycle, right: RowCycle) => number {
  if (!table.rowsOrderKeys) {
    const key = (cycle: RowCycle): string => cycle.links.map((row) => linkIdOf(table, row)).join(",");
    return (left, right) => {
      if (left.links.length !== right.links.length) return left.links.length - right.links.length;
      const [leftKey, rightKey] = [key(left), key(right)];
      return leftKey < rightKey ? -1 : leftKey > rightKey ? 1 : 0;
    };
  }
  return (left, right) => {
    if (left.links.length !== right.links.length) return left.links.length - right.links.length;
    for (let index = 0; index < left.links.length; index += 1)
      if (left.links[index] !== right.links[index]) return left.links[index]! - right.links[index]!;
    return 0;
  };
}

/** Every seed's conflicting cycles (at most `maxCyclesPerSeed` each), deduplicated, in canonical order. */
export function tableCycleSearch(
  table: LinkTable,
  seeds: Int32Array,
  maxLength: number,
  maxCyclesPerSeed: number,
): RowCycle[] {
  if (seeds.length === 0) return [];
  const graph = rowGraph(table, seeds);
  const compare = rowCycleComparator(table);
  const unique = new Map<string, RowCycle>();
  const onPath = new Uint8Array(table.articles.length);
  const distances = new Int32Array(table.articles.length).fill(-1);
  for (const seed of seeds) {
    const found = cyclesThroughSeed(table, graph, seed, maxLength, maxCyclesPerSeed, onPath, distances);
    for (const cycle of found.sort(compare).slice(0, maxCyclesPerSeed)) unique.set(cycle.links.join(","), cycle);
  }
  return [...unique.values()].sort(compare);
}

function cyclesThroughSeed(
  table: LinkTable,
  graph: RowGraph,
  seedRow: number,
  maxLength: number,
  limit: number,
  onPath: Uint8Array,
  distances: Int32Array,
): RowCycle[] {
  const [source, target, claim] = [table.source[seedRow]!, table.target[seedRow]!, table.claim[seedRow]!];
  const { offsets, neighbours, via } = graph;
  // Distances to the seed's source, within maxLength − 2 hops (the touched entries are reset afterwards).
  const touched = [source];
  distances[source] = 0;
  let frontier = [source];
  for (let level = 1; level <= maxLength - 2 && frontier.length > 0; level += 1) {
    const next: number[] = [];
    for (const node of frontier)
      for (let entry = offsets[node]!; entry < offsets[node + 1]!; entry += 1) {
        const neighbour = neighbours[entry]!;
        if (distances[neighbour]! >= 0) continue;
        distances[neighbour] = level;
        touched.push(neighbour);
        next.push(neighbour);
      }
    frontier = next;
  }
  const statement = table.kind[seedRow]!;
  const negative = (row: number): boolean =>
    table.kind[row] === statement && table.claim[row] === claim && table.sign[row]! < 0;
  const found: RowCycle[] = [];
  const pathNodes = [source, target];
  const pathLinks = [seedRow];
  onPath[source] = 1;
  onPath[target] = 1;
  // `odd`: the parity of − links on the seed's claim so far, the seed's own − included.
  const walk = (node: number, remaining: number, odd: boolean): void => {
    for (let entry = offsets[node]!; entry < offsets[node + 1]!; entry += 1) {
      const link = via[entry]!;
      if (link === seedRow) continue;
      const next = neighbours[entry]!;
      const nowOdd = negative(link) ? !odd : odd;
      if (remaining === 1) {
        if (next === source && nowOdd) found.push(canonicalRotation(pathNodes, [...pathLinks, link]));
        continue;
      }
      const distance = distances[next]!;
      if (onPath[next] === 1 || distance < 0 || distance > remaining - 1) continue;
      pathNodes.push(next);
      pathLinks.push(link);
      onPath[next] = 1;
      walk(next, remaining - 1, nowOdd);
      onPath[next] = 0;
      pathLinks.pop();
      pathNodes.pop();
    }
  };
  for (let length = 3; length <= maxLength && found.length < limit; length += 1) walk(target, length - 1, true);
  onPath[source] = 0;
  onPath[target] = 0;
  for (const node of touched) distances[node] = -1;
  return found;
}
