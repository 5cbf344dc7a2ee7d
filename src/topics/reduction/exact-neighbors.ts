// Exact k-nearest-neighbour graph by brute force (blocked loops over flat Float64 rows), used for UMAP on inputs
// small enough that n² distance evaluations beat umap-js's NN-descent. Self is included at distance 0, as
// umap-learn's k-NN graph includes it.
export interface NeighborGraph {
  indices: number[][];
  distances: number[][];
}

/** k nearest rows of every row under `distance(a, b)` on flat row-major data. */
export function exactNeighbors(values: Float64Array, count: number, dimensions: number, neighbors: number,
  distance: (values: Float64Array, a: number, b: number, dimensions: number) => number): NeighborGraph {
  const indices: number[][] = [];
  const distances: number[][] = [];
  const row = new Float64Array(count);
  const order = new Int32Array(count);
  for (let point = 0; point < count; point += 1) {
    for (let other = 0; other < count; other += 1) {
      row[other] = other === point ? -Infinity : distance(values, point, other, dimensions);
      order[other] = other;
    }
    const nearest = Array.from(order).sort((a, b) => (row[a] as number) - (row[b] as number) || a - b).slice(0, neighbors);
    indices.push(nearest);
    distances.push(nearest.map((other) => (other === point ? 0 : Math.max(0, row[other] as number))));
  }
  return { indices, distances };
}

export function euclideanRows(values: Float64Array, a: number, b: number, dimensions: number): number {
  let sum = 0;
  for (let column = 0; column < dimensions; column += 1) {
    const difference = (values[a * dimensions + column] as number) - (values[b * dimensions + column] as number);
    sum += difference * difference;
  }
  return Math.sqrt(sum);
}

/** Cosine distance 1 − a·b for rows already normalized to unit length. */
export function cosineRows(values: Float64Array, a: number, b: number, dimensions: number): number {
  let dot = 0;
  for (let column = 0; column < dimensions; column += 1) {
    dot += (values[a * dimensions + column] as number) * (values[b * dimensions + column] as number);
  }
  return 1 - dot;
}
