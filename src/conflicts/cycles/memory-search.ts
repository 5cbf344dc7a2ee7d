// In-memory cycle search on a graphology multigraph: for each seed link (u,v), a simple path v→u of 2..maxLength-1
// links inside the seed's community closes a cycle, which conflicts when it is unbalanced on the seed's claim (an odd
// number of − links on that claim, the seed included; structural balance); depth-first with a BFS distance bound and
// the parity carried along, shortest lengths first (iterative deepening) so the per-seed truncation can stop early.
import { MultiUndirectedGraph } from "graphology";
import {
  disagreesOn,
  type ConflictLink,
  type Cycle,
  type CycleSearch,
  type CycleSearchRequest,
  type CycleSeed,
} from "../types.js";
import { canonicalCycle, compareCycles, uniqueCycles } from "./canonical.js";
import { compactCycleSearch } from "./csr-search.js";

/** Builds the undirected multigraph of the links that lie inside one community (community not null). */
export function communityGraph(links: readonly ConflictLink[]): MultiUndirectedGraph {
  const graph = new MultiUndirectedGraph();
  for (const link of links) {
    if (link.community === null || link.community === undefined) continue;
    graph.mergeNode(link.source);
    graph.mergeNode(link.target);
    graph.addEdgeWithKey(link.id, link.source, link.target);
  }
  return graph;
}

function distancesTo(graph: MultiUndirectedGraph, target: string, depth: number): Map<string, number> {
  const distances = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  for (let level = 1; level <= depth && frontier.length > 0; level += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (distances.has(neighbour)) return;
        distances.set(neighbour, level);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return distances;
}

/** The conflicting (unbalanced on the seed's claim) cycles through one seed, shortest first, at most `limit`. */
export function cyclesThroughSeed(
  graph: MultiUndirectedGraph,
  linksById: ReadonlyMap<string, ConflictLink>,
  seed: CycleSeed,
  maxLength: number,
  limit: number,
): Cycle[] {
  if (!graph.hasNode(seed.source) || !graph.hasNode(seed.target)) return [];
  const distances = distancesTo(graph, seed.source, maxLength - 2);
  const found: Cycle[] = [];
  const pathNodes = [seed.source, seed.target];
  const pathLinks = [seed.linkId];
  const onPath = new Set(pathNodes);
  // `odd`: the parity of − links on the seed's claim so far, the seed's own − included.
  const walk = (node: string, remaining: number, odd: boolean): void => {
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (edge === seed.linkId) return;
      const next = source === node ? target : source;
      const nowOdd = disagreesOn(linksById.get(edge)!, seed.claim) ? !odd : odd;
      if (remaining === 1) {
        if (next === seed.source && nowOdd) found.push(canonicalCycle(pathNodes, [...pathLinks, edge]));
        return;
      }
      if (onPath.has(next) || (distances.get(next) ?? Infinity) > remaining - 1) return;
      pathNodes.push(next);
      pathLinks.push(edge);
      onPath.add(next);
      walk(next, remaining - 1, nowOdd);
      onPath.delete(next);
      pathLinks.pop();
      pathNodes.pop();
    });
  };
  for (let length = 3; length <= maxLength && found.length < limit; length += 1) {
    walk(seed.target, length - 1, true);
  }
  return found.sort(compareCycles).slice(0, limit);
}

/**
 * The compact CSR search on link objects (csr-search.ts). reduceConflicts runs the same search on its link table
 * (table-search.ts); this one serves callers that hold objects (tests, the Cypher cross-check).
 */
export const memoryCycleSearch: CycleSearch = {
  name: "memory",
  async find(request: CycleSearchRequest): Promise<Cycle[]> {
    if (request.seeds.length === 0) return [];
    return uniqueCycles(compactCycleSearch(request));
  },
};

/** The former graphology backend (an object per edge), kept as the reference the compact search is tested against. */
export const graphologyCycleSearch: CycleSearch = {
  name: "memory",
  async find(request: CycleSearchRequest): Promise<Cycle[]> {
    if (request.seeds.length === 0) return [];
    // Only communities that hold a seed can hold a conflicting cycle: the graph is built from their links alone.
    const seeded = new Set(request.seeds.map((seed) => seed.community));
    const links = request.links.filter(
      (link) => link.community !== null && link.community !== undefined && seeded.has(link.community),
    );
    const graph = communityGraph(links);
    const linksById = new Map(links.map((link) => [link.id, link]));
    const cycles: Cycle[] = [];
    for (const seed of request.seeds) {
      cycles.push(...cyclesThroughSeed(graph, linksById, seed, request.maxLength, request.maxCyclesPerSeed));
    }
    return uniqueCycles(cycles);
  },
};
