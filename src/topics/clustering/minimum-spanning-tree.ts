// Minimum spanning tree of the mutual-reachability graph (Campello et al. 2013, section 3): edge weight
// max(core(a), core(b), d(a, b)). Prim's algorithm on the implicit dense graph, the same loop as hdbscan's
// `mst_linkage_core_vector` (start at point 0, strict "<" updates), so ties resolve as the library's does.
import { rowDistance, type PointMatrix } from "./point-matrix.js";

export interface SpanningTree {
  /** Edge i joins from[i] and to[i] at weight[i]; n - 1 edges, sorted by weight (stable). */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

/** Prim's MST over mutual reachability distances, returned sorted by weight. */
export function mutualReachabilitySpanningTree(matrix: PointMatrix, core: Float64Array): SpanningTree {
  const count = matrix.count;
  const edges = Math.max(0, count - 1);
  const from = new Int32Array(edges);
  const to = new Int32Array(edges);
  const weight = new Float64Array(edges);
  const inTree = new Uint8Array(count);
  const bestDistance = new Float64Array(count).fill(Infinity);
  const bestSource = new Int32Array(count);
  let current = 0;
  for (let edge = 0; edge < edges; edge += 1) {
    inTree[current] = 1;
    const currentCore = core[current] as number;
    let nextDistance = Infinity;
    let nextNode = -1;
    for (let candidate = 0; candidate < count; candidate += 1) {
      if (inTree[candidate] === 1) continue;
      let distance = bestDistance[candidate] as number;
      const candidateCore = core[candidate] as number;
      if (currentCore < distance && candidateCore < distance) {
        let reach = rowDistance(matrix, current, candidate);
        if (reach < distance) {
          if (candidateCore > reach) reach = candidateCore;
          if (currentCore > reach) reach = currentCore;
          if (reach < distance) {
            bestDistance[candidate] = reach;
            bestSource[candidate] = current;
            distance = reach;
          }
        }
      }
      if (distance < nextDistance || nextNode < 0) {
        nextDistance = distance;
        nextNode = candidate;
      }
    }
    from[edge] = bestSource[nextNode] as number;
    to[edge] = nextNode;
    weight[edge] = nextDistance;
    current = nextNode;
  }
  return sortByWeight({ from, to, weight });
}

/** Stable sort of the edges by weight. */
export function sortByWeight(tree: SpanningTree): SpanningTree {
  const order = Array.from({ length: tree.weight.length }, (_, index) => index);
  order.sort((a, b) => (tree.weight[a] as number) - (tree.weight[b] as number) || a - b);
  return {
    from: Int32Array.from(order, (index) => tree.from[index] as number),
    to: Int32Array.from(order, (index) => tree.to[index] as number),
    weight: Float64Array.from(order, (index) => tree.weight[index] as number),
  };
}
