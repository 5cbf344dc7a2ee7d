// Bounded max-heaps of nearest-neighbour candidates, one per row, in flat typed arrays (no per-row objects):
// the root holds the farthest kept neighbour, so a closer candidate replaces it in O(log k). A flag per entry
// marks neighbours that are "new" since the last NN-descent round. Used by the exact and the NN-descent k-NN
// searches, which both keep each point as its own first neighbour (umap-learn's graph convention).
import type { NeighborGraph } from "./exact-neighbors.js";
export interface NeighborHeaps {
  readonly rows: number;
  readonly size: number;
  readonly indices: Int32Array;
  readonly distances: Float64Array;
  readonly flags: Uint8Array;
}

export function createHeaps(rows: number, size: number): NeighborHeaps {
  return {
    rows,
    size,
    indices: new Int32Array(rows * size).fill(-1),
    distances: new Float64Array(rows * size).fill(Infinity),
    flags: new Uint8Array(rows * size),
  };
}

/** Heaps of `size` entries per row with each row's own point already in (distance −1, so it sorts first). */
export function selfFirstHeaps(rows: number, size: number): NeighborHeaps {
  const heaps = createHeaps(rows, size);
  for (let row = 0; row < rows; row += 1) pushNeighbor(heaps, row, row, -1, 0);
  return heaps;
}

/** The finished search as a graph: rows sorted by distance, each point first at distance 0. */
export function toNeighborGraph(heaps: NeighborHeaps): NeighborGraph {
  sortRows(heaps);
  for (let row = 0; row < heaps.rows; row += 1) heaps.distances[row * heaps.size] = 0;
  return { count: heaps.rows, neighbors: heaps.size, indices: heaps.indices, distances: heaps.distances };
}

/** Inserts `index` at `distance` into row's heap unless it is already there or farther than the root; 1 if kept. */
export function pushNeighbor(heaps: NeighborHeaps, row: number, index: number, distance: number, flag: number): number {
  const { size, indices, distances } = heaps;
  const base = row * size;
  if (!(distance < (distances[base] as number))) return 0;
  for (let slot = 0; slot < size; slot += 1) if (indices[base + slot] === index) return 0;
  siftDown(heaps, base, index, distance, flag);
  return 1;
}

function siftDown(heaps: NeighborHeaps, base: number, index: number, distance: number, flag: number): void {
  const { size, indices, distances, flags } = heaps;
  let position = 0;
  for (;;) {
    const left = 2 * position + 1;
    if (left >= size) break;
    const right = left + 1;
    let child = left;
    if (right < size && (distances[base + right] as number) > (distances[base + left] as number)) child = right;
    if ((distances[base + child] as number) <= distance) break;
    indices[base + position] = indices[base + child] as number;
    distances[base + position] = distances[base + child] as number;
    flags[base + position] = flags[base + child] as number;
    position = child;
  }
  indices[base + position] = index;
  distances[base + position] = distance;
  flags[base + position] = flag;
}

/** Sorts every row ascending by distance in place (heap order is lost). */
export function sortRows(heaps: NeighborHeaps): void {
  const { rows, size, indices, distances } = heaps;
  const order = Array.from({ length: size }, (_, slot) => slot);
  const rowIndices = new Int32Array(size);
  const rowDistances = new Float64Array(size);
  for (let row = 0; row < rows; row += 1) {
    const base = row * size;
    order.sort(
      (a, b) =>
        (distances[base + a] as number) - (distances[base + b] as number) ||
        (indices[base + a] as number) - (indices[base + b] as number),
    );
    for (let slot = 0; slot < size; slot += 1) {
      rowIndices[slot] = indices[base + (order[slot] as number)] as number;
      rowDistances[slot] = distances[base + (order[slot] as number)] as number;
    }
    indices.set(rowIndices, base);
    distances.set(rowDistances, base);
    for (let slot = 0; slot < size; slot += 1) order[slot] = slot;
  }
}
