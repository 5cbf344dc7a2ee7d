// The k-nearest-neighbour graph UMAP starts from: exact (brute force) up to EXACT_NEIGHBOR_LIMIT points, as
// umap-learn does below 4,096, and umap-js's random-projection-forest + NN-descent (Dong, Moses & Li 2011) above.
// The approximate graph draws from its own seeded stream, so it does not depend on the layout's random draws;
// graphs are cached per vectors array, so the 5-d reduction and the 2-d plot projection of the same documents
// compute it once (same seed, metric and neighbours → same graph, cached or not).
import { UMAP } from "umap-js";
import { cosineRows, euclideanRows, exactNeighbors, type NeighborGraph } from "./exact-neighbors.js";
import { seededRandom } from "./seeded-random.js";

/** Inputs up to this size get an exact k-NN graph. */
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
  values: Float64Array,
  width: number,
  request: NeighborRequest,
): NeighborGraph {
  const key = `${request.metric}/${request.neighbors}/${request.seed}`;
  const known = cache.get(source)?.get(key);
  const graph = known ?? computeGraph(values, width, request);
  if (!known) cache.set(source, (cache.get(source) ?? new Map<string, NeighborGraph>()).set(key, graph));
  return { indices: graph.indices.map((row) => row.slice()), distances: graph.distances.map((row) => row.slice()) };
}

function computeGraph(values: Float64Array, width: number, request: NeighborRequest): NeighborGraph {
  const count = values.length / width;
  if (count <= EXACT_NEIGHBOR_LIMIT) {
    return exactNeighbors(
      values,
      count,
      width,
      request.neighbors,
      request.metric === "cosine" ? cosineRows : euclideanRows,
    );
  }
  const searcher = new UMAP({
    nNeighbors: request.neighbors,
    random: seededRandom(request.seed ^ 0x5bd1e995),
    distanceFn: request.metric === "cosine" ? cosineVectors : undefined,
  });
  // Row views into the one flat buffer (no copy); umap-js only indexes them. Its NN-descent is exposed only as
  // this (untyped) method of the UMAP class.
  const rows = Array.from({ length: count }, (_, row) => values.subarray(row * width, (row + 1) * width));
  const { knnIndices, knnDistances } = (
    searcher as unknown as {
      nearestNeighbors(rows: Float64Array[]): { knnIndices: number[][]; knnDistances: number[][] };
    }
  ).nearestNeighbors(rows);
  return { indices: knnIndices, distances: knnDistances };
}

/** Cosine distance 1 − a·b for unit-length rows. */
export function cosineVectors(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  for (let column = 0; column < a.length; column += 1) dot += (a[column] as number) * (b[column] as number);
  return 1 - dot;
}
