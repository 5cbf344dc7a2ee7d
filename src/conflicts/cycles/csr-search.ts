// In-memory cycle search on a compressed adjacency (CSR: typed arrays of offsets, neighbours and link indices) instead
// of a graphology multigraph with an object per edge (issue 16 item 5: at 1M links the per-edge objects were the
// memory cost). Same rule and the same result as before, cycle for cycle: for each seed link (u,v), the simple paths
// v→u of 2..maxLength-1 links inside the seed's community close a cycle, which conflicts when an odd number of its
// links are − on the seed's claim; depth-first with a BFS distance bound, lengths in increasing order so the per-seed
// truncation stops early; found cycles are canonicalised, sorted and cut per seed.
import { disagreesOn, type ConflictLink, type Cycle, type CycleSearchRequest, type CycleSeed } from "../types.js";
import { canonicalCycle, compareCycles } from "./canonical.js";

export interface CompactGraph {
  nodes: string[];
  nodeIndex: Map<string, number>;
  links: ConflictLink[];
  linkIndex: Map<string, number>;
  /** Neighbours of node n: entries offsets[n] .. offsets[n+1] of `neighbours` (node) and `via` (link index). */
  offsets: Int32Array;
  neighbours: Int32Array;
  via: Int32Array;
}

/** The CSR graph of the links that lie inside a community. */
export function compactGraph(links: readonly ConflictLink[]): CompactGraph {
  const inside = links.filter((link) => link.community !== null && link.community !== undefined);
  const nodeIndex = new Map<string, number>();
  const nodes: string[] = [];
  const indexOf = (id: string): number => {
    let index = nodeIndex.get(id);
    if (index === undefined) {
      index = nodes.length;
      nodes.push(id);
      nodeIndex.set(id, index);
    }
    return index;
  };
  const ends = new Int32Array(inside.length * 2);
  inside.forEach((link, index) => {
    ends[2 * index] = indexOf(link.source);
    ends[2 * index + 1] = indexOf(link.target);
  });
  const offsets = new Int32Array(nodes.length + 1);
  for (const end of ends) offsets[end + 1]! += 1;
  for (let node = 0; node < nodes.length; node += 1) offsets[node + 1]! += offsets[node]!;
  const fill = offsets.slice(0, nodes.length);
  const neighbours = new Int32Array(ends.length);
  const via = new Int32Array(ends.length);
  for (let index = 0; index < inside.length; index += 1) {
    const [source, target] = [ends[2 * index]!, ends[2 * index + 1]!];
    neighbours[fill[source]!] = target;
    via[fill[source]!++] = index;
    neighbours[fill[target]!] = source;
    via[fill[target]!++] = index;
  }
  const linkIndex = new Map(inside.map((link, index) => [link.id, index]));
  return { nodes, nodeIndex, links: inside, linkIndex, offsets, neighbours, via };
}

function distancesTo(graph: CompactGraph, target: number, depth: number): Int32Array {
  const distances = new Int32Array(graph.nodes.length).fill(-1);
  distances[target] = 0;
  let frontier = [target];
  for (let level = 1; level <= depth && frontier.length > 0; level += 1) {
    const next: number[] = [];
    for (const node of frontier)
      for (let entry = graph.offsets[node]!; entry < graph.offsets[node + 1]!; entry += 1) {
        const neighbour = graph.neighbours[entry]!;
        if (distances[neighbour]! >= 0) continue;
        distances[neighbour] = level;
        next.push(neighbour);
      }
    frontier = next;
  }
  return distances;
}

/** The conflicting (unbalanced on the seed's claim) cycles through one seed, shortest first, at most `limit`. */
export function compactCyclesThroughSeed(
  graph: CompactGraph,
  seed: CycleSeed,
  maxLength: number,
  limit: number,
): Cycle[] {
  const [source, target, seedLink] = [
    graph.nodeIndex.get(seed.source),
    graph.nodeIndex.get(seed.target),
    graph.linkIndex.get(seed.linkId),
  ];
  if (source === undefined || target === undefined || seedLink === undefined) return [];
  const distances = distancesTo(graph, source, maxLength - 2);
  const negative = (link: number): boolean => disagreesOn(graph.links[link]!, seed.claim);
  const found: Cycle[] = [];
  const pathNodes = [source, target];
  const pathLinks = [seedLink];
  const onPath = new Uint8Array(graph.nodes.length);
  onPath[source] = 1;
  onPath[target] = 1;
  const close = (lastLink: number): void => {
    const nodes = pathNodes.map((node) => graph.nodes[node]!);
    const links = [...pathLinks, lastLink].map((link) => graph.links[link]!.id);
    found.push(canonicalCycle(nodes, links));
  };
  // `odd`: the parity of − links on the seed's claim so far, the seed's own − included.
  const walk = (node: number, remaining: number, odd: boolean): void => {
    for (let entry = graph.offsets[node]!; entry < graph.offsets[node + 1]!; entry += 1) {
      const link = graph.via[entry]!;
      if (link === seedLink) continue;
      const next = graph.neighbours[entry]!;
      const nowOdd = negative(link) ? !odd : odd;
      if (remaining === 1) {
        if (next === source && nowOdd) close(link);
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
  return found.sort(compareCycles).slice(0, limit);
}

/** Every seed's conflicting cycles on one compact graph of the seeded communities' links. */
export function compactCycleSearch(request: CycleSearchRequest): Cycle[] {
  const seeded = new Set(request.seeds.map((seed) => seed.community));
  const graph = compactGraph(
    request.links.filter(
      (link) => link.community !== null && link.community !== undefined && seeded.has(link.community),
    ),
  );
  return request.seeds.flatMap((seed) =>
    compactCyclesThroughSeed(graph, seed, request.maxLength, request.maxCyclesPerSeed),
  );
}
