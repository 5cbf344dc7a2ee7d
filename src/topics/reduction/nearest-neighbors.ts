// The k-nearest-neighbour graph UMAP starts from: exact (brute force) below EXACT_NEIGHBOR_LIMIT points, as
// umap-learn does below 4,096, and navab's typed-array NN-descent (neighbor-descent.ts) above. The approximate
// graph draws from its own seeded stream, so it does not depend on the layout's random draws: same seed, metric
// and neighbours → same graph.
import { exactNeighbors, type NeighborGraph } from "./exact-neighbors.js";
import { cosineRows, euclideanRows } from "./row-distance.js";
import { neighborDescent } from "./neighbor-descent.js";
import { seededRandom } from "./seeded-random.js";

/** Inputs smaller than this get an exact k-NN graph. */
export const EXACT_NEIGHBOR_LIMIT = 4096;

export interface NeighborRequest {
  neighbors: number;
  metric: "cosine" | "euclidean";
  seed: number;
}

/** k-NN graph of the flat rows (unit-normalized for cosine). */
export function neighborGraph(values: Float32Array, width: number, request: NeighborRequest): NeighborGraph {
  const count = values.length / width;
  const distance = request.metric === "cosine" ? cosineRows : euclideanRows;
  if (count < EXACT_NEIGHBOR_LIMIT) return exactNeighbors(values, count, width, request.neighbors, distance);
  const random = seededRandom(request.seed ^ 0x5bd1e995);
  const angular = request.metric === "cosine";
  return neighborDescent(values, count, width, distance, { neighbors: request.neighbors, angular }, random);
}
