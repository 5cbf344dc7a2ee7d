// Exact k-nearest-neighbour graph by brute force, as umap-learn does below 4,096 points: every pair is measured
// once (symmetric pass) into the same bounded heaps NN-descent uses (neighbor-heap.ts). The point itself is
// neighbour 0 at distance 0, as in umap-learn's graph. Distances come from row-distance.ts.
import { pushNeighbor, selfFirstHeaps, toNeighborGraph } from "./neighbor-heap.js";
import type { RowDistance } from "./row-distance.js";

/** k neighbours per row, flat row-major: row r's j-th neighbour is indices[r * neighbors + j]. */
export interface NeighborGraph {
  count: number;
  neighbors: number;
  indices: Int32Array;
  distances: Float64Array;
}

export function exactNeighbors(
  values: Float32Array,
  count: number,
  dimensions: number,
  neighbors: number,
  distance: RowDistance,
): NeighborGraph {
  const heaps = selfFirstHeaps(count, Math.min(neighbors, count));
  for (let row = 0; row < count; row += 1) {
    for (let other = row + 1; other < count; other += 1) {
      const value = Math.max(0, distance(values, row, other, dimensions));
      pushNeighbor(heaps, row, other, value, 0);
      pushNeighbor(heaps, other, row, value, 0);
    }
  }
  return toNeighborGraph(heaps);
}
