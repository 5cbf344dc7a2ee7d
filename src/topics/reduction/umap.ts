// Dimensionality reduction for the topic stage: UMAP (McInnes, Healy & Melville 2018), seeded and reproducible.
// NaVAB / BERTopic settings: 5 dimensions, 15 neighbours, min_dist 0, cosine, seed 42 (2-d for plots).
// Cosine is computed on unit-normalized rows (1 − a·b, as umap-learn's cosine). Steps: k-NN graph
// (nearest-neighbors.ts: exact below 4,096 points, NN-descent above) → fuzzy simplicial set (both cached per
// vectors array) → spectral start and SGD layout (layout-setup.ts, layout.ts). navab implements them over typed arrays because umap-js's
// object-based sparse matrices and heaps made 50k documents 3–4× slower than umap-learn and 100k documents
// need 4 GB; umap-js still supplies the a/b curve fit. Epochs as umap-learn: 500 up to 10,000 points, 200 above.
import { InputError } from "../../shared/errors.js";
import { silentProgress, type ProgressReporter } from "../../shared/progress.js";
import type { NeighborGraph } from "./exact-neighbors.js";
import { fuzzySimplicialSet, type WeightedEdges } from "./fuzzy-simplicial-set.js";
import { createLayout } from "./layout-setup.js";
import { neighborGraph } from "./nearest-neighbors.js";
import { optimizeLayout } from "./optimize-layout.js";

export { scaledMinClusterSize } from "../clustering/min-cluster-size.js";

export interface ReductionOptions {
  dimensions: number;
  neighbors: number;
  minDistance: number;
  metric: "cosine" | "euclidean";
  seed: number;
  epochs?: number;
  /** Worker threads for the layout (default: available cores, at most 4); the result does not depend on it. */
  threads?: number;
}

export const PAPER_REDUCTION: ReductionOptions = {
  dimensions: 5,
  neighbors: 15,
  minDistance: 0,
  metric: "cosine",
  seed: 42,
};

export async function reduceDimensions(
  vectors: readonly ArrayLike<number>[],
  options: ReductionOptions,
  progress: ProgressReporter = silentProgress,
): Promise<Float64Array[]> {
  const model = await fitUmap(vectors, options, progress);
  return Array.from({ length: model.count }, (_, row) =>
    model.embedding.slice(row * options.dimensions, (row + 1) * options.dimensions),
  );
}

/** What new points need to be placed onto a fitted embedding (transform.ts): the fitted rows and their graph. */
export interface UmapModel {
  options: ReductionOptions;
  count: number;
  width: number;
  /** The fitted rows, flat row-major, unit-normalized for cosine. */
  values: Float32Array;
  graph: NeighborGraph;
  /** count × options.dimensions, flat row-major. */
  embedding: Float64Array;
  /** The low-dimensional curve 1 / (1 + a·d^2b) the layout used. */
  a: number;
  b: number;
}

/** UMAP fitted on the vectors; `reduceDimensions` is its embedding split into rows. */
export async function fitUmap(
  vectors: readonly ArrayLike<number>[],
  options: ReductionOptions,
  progress: ProgressReporter = silentProgress,
): Promise<UmapModel> {
  validate(vectors, options);
  const count = vectors.length;
  const width = vectors[0]?.length ?? 0;
  const epochs = options.epochs ?? (count > 10_000 ? 200 : 500);
  progress.start("umap: neighbours", 1);
  const fitted = fuzzyGraph(vectors, width, options);
  const layout = createLayout(fitted.edges, options.dimensions, epochs, options.minDistance, options.seed);
  progress.stop();
  await optimizeLayout(layout, { threads: options.threads, progress });
  const { values, graph } = fitted;
  return { options, count, width, values, graph, embedding: layout.embedding, a: layout.a, b: layout.b };
}

interface FittedGraph {
  values: Float32Array;
  graph: NeighborGraph;
  edges: WeightedEdges;
}

const graphs = new WeakMap<object, Map<string, FittedGraph>>();

/**
 * The k-NN graph and fuzzy simplicial set of the vectors, computed once per vectors array and k-NN request: the
 * 5-d reduction and the 2-d plot projection of the same documents share it (copying the rows, the k-NN search
 * and the fuzzy union run once). The arrays are shared: callers must not mutate them.
 */
function fuzzyGraph(vectors: readonly ArrayLike<number>[], width: number, options: ReductionOptions): FittedGraph {
  const key = `${options.metric}/${options.neighbors}/${options.seed}`;
  const known = graphs.get(vectors)?.get(key);
  if (known !== undefined) return known;
  const values = flatten(vectors, width, options.metric === "cosine");
  const graph = neighborGraph(values, width, options);
  const fitted = { values, graph, edges: fuzzySimplicialSet(graph) };
  graphs.set(vectors, (graphs.get(vectors) ?? new Map<string, FittedGraph>()).set(key, fitted));
  return fitted;
}

function validate(vectors: readonly ArrayLike<number>[], options: ReductionOptions): void {
  const { dimensions, neighbors, minDistance, metric, seed, epochs, threads } = options;
  if (!Number.isInteger(dimensions) || dimensions < 1)
    throw new InputError(`dimensions must be an integer >= 1, got ${dimensions}`);
  if (!Number.isInteger(neighbors) || neighbors < 2)
    throw new InputError(`neighbors must be an integer >= 2, got ${neighbors}`);
  if (!(minDistance >= 0)) throw new InputError(`minDistance must be >= 0, got ${minDistance}`);
  if (metric !== "cosine" && metric !== "euclidean")
    throw new InputError(`metric must be "cosine" or "euclidean", got ${String(metric)}`);
  if (!Number.isFinite(seed)) throw new InputError(`seed must be a number, got ${seed}`);
  if (epochs !== undefined && (!Number.isInteger(epochs) || epochs < 1))
    throw new InputError(`epochs must be an integer >= 1, got ${epochs}`);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1))
    throw new InputError(`threads must be an integer >= 1, got ${threads}`);
  if (vectors.length <= neighbors) {
    throw new InputError(
      `UMAP needs more vectors (${vectors.length}) than neighbors (${neighbors}); lower neighbors or add documents`,
    );
  }
}

/** Flat row-major copy, unit-normalized for cosine; rejects ragged, empty or non-finite rows. */
function flatten(vectors: readonly ArrayLike<number>[], width: number, normalize: boolean): Float32Array {
  if (width === 0) throw new InputError("vectors have no dimensions");
  const values = new Float32Array(vectors.length * width);
  vectors.forEach((vector, row) => {
    if (vector.length !== width)
      throw new InputError(`vector ${row} has ${vector.length} dimensions, expected ${width}`);
    let norm = 0;
    for (let column = 0; column < width; column += 1) {
      const value = Number(vector[column]);
      if (!Number.isFinite(value)) throw new InputError(`vector ${row} has a non-finite value at dimension ${column}`);
      values[row * width + column] = value;
      norm += value * value;
    }
    if (normalize) {
      if (norm === 0) throw new InputError(`vector ${row} is all zeros; cosine distance is undefined for it`);
      const scale = 1 / Math.sqrt(norm);
      for (let column = 0; column < width; column += 1)
        values[row * width + column] = (values[row * width + column] as number) * scale;
    }
  });
  return values;
}
