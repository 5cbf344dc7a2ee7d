// The k-nearest-neighbour graph UMAP starts from: exact (brute force) below EXACT_NEIGHBOR_LIMIT points, as
// umap-learn does below 4,096, and navab's typed-array NN-descent (neighbor-descent.ts) above. The approximate
// graph draws from its own seeded stream, so it does not depend on the layout's random draws; graphs are cached
// per vectors array, so the 5-d reduction and the 2-d plot projection of the same documents compute it once
// (same seed, metric and neighbours → same graph, cached or not). Graphs are shared: callers must not mutate.
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

const cache = new WeakMap<object, Map<string, NeighborGraph>>();

/** k-NN graph of the flat rows (unit-normalized for cosine); `source` is the caller's array, the cache key. */
export function neighborGraph(
  source: object,
  values: Float32Array,
  width: number,
  request: NeighborRequest,
): NeighborGraph {
  const key = `${request.metric}/${request.neighbors}/${request.seed}`;
  const known = cache.get(source)?.get(key);
  if (known) return known;
  const graph = computeGraph(values, width, request);
  cache.set(source, (cache.get(source) ?? new Map<string, NeighborGraph>()).set(key, graph));
  return graph;
}

function computeGraph(values: Float32Array, width: number, request: NeighborRequest): NeighborGraph {
  const count = values.length / width;
  const distance = request.metric === "cosine" ? cosineRows : euclideanRows;
  if (count < EXACT_NEIGHBOR_LIMIT) return exactNeighbors(values, count, width, request.neighbors, distance);
  const random = seededRandom(request.seed ^ 0x5bd1e995);
  const angular = request.metric === "cosine";
  return neighborDescent(values, count, width, distance, { neighbors: request.neighbors, angular }, random);
}
