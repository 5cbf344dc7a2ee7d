// Exact k-nearest-neighbour graph by brute force, as umap-learn does below 4,096 points: every pair is measured
// once (symmetric pass) and each row keeps a sorted top-k list by insertion. The point itself is neighbour 0 at
// distance 0, as in umap-learn's graph. Cosine distance is 1 − a·b on rows already normalized to unit length.
export interface NeighborGraph {
  indices: number[][];
  distances: number[][];
}

export type RowDistance = (values: Float64Array, a: number, b: number, dimensions: number) => number;

export function exactNeighbors(
  values: Float64Array,
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
  const indices: number[][] = [];
  const distances: number[][] = [];
  for (let row = 0; row < count; row += 1) {
    indices.push(Array.from(bestIndex.subarray(row * k, (row + 1) * k)));
    distances.push(Array.from(bestDistance.subarray(row * k, (row + 1) * k), (value) => Math.max(0, value)));
  }
  return { indices, distances };
}

export function euclideanRows(values: Float64Array, a: number, b: number, dimensions: number): number {
  let sum = 0;
  const offsetA = a * dimensions;
  const offsetB = b * dimensions;
  for (let column = 0; column < dimensions; column += 1) {
    const difference = (values[offsetA + column] as number) - (values[offsetB + column] as number);
    sum += difference * difference;
  }
  return Math.sqrt(sum);
}

export function cosineRows(values: Float64Array, a: number, b: number, dimensions: number): number {
  let dot = 0;
  const offsetA = a * dimensions;
  const offsetB = b * dimensions;
  for (let column = 0; column < dimensions; column += 1)
    dot += (values[offsetA + column] as number) * (values[offsetB + column] as number);
  return 1 - dot;
}
