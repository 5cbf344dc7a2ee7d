// Exact k-nearest-neighbour graph by brute force, as umap-learn does below 4,096 points: every pair is measured
// once (symmetric pass) and each row keeps a sorted top-k list by insertion. The point itself is neighbour 0 at
// distance 0, as in umap-learn's graph. Distances come from row-distance.ts.
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
  const k = Math.min(neighbors, count);
  const bestIndex = new Int32Array(count * k).fill(-1);
  const bestDistance = new Float64Array(count * k).fill(Infinity);
  const insert = (row: number, other: number, value: number): void => {
    const base = row * k;
    if (value >= (bestDistance[base + k - 1] as number)) return;
    let slot = k - 1;
    while (slot > 0 && (bestDistance[base + slot - 1] as number) > value) {
      bestDistance[base + slot] = bestDistance[base + slot - 1] as number;
      bestIndex[base + slot] = bestIndex[base + slot - 1] as number;
      slot -= 1;
    }
    bestDistance[base + slot] = value;
    bestIndex[base + slot] = other;
  };
  for (let row = 0; row < count; row += 1) insert(row, row, -1);
  for (let row = 0; row < count; row += 1) {
    for (let other = row + 1; other < count; other += 1) {
      const value = Math.max(0, distance(values, row, other, dimensions));
      insert(row, other, value);
      insert(other, row, value);
    }
  }
  for (let slot = 0; slot < bestDistance.length; slot += 1)
    bestDistance[slot] = Math.max(0, bestDistance[slot] as number);
  return { count, neighbors: k, indices: bestIndex, distances: bestDistance };
}
