// Dimensionality reduction for the topic stage: UMAP (McInnes, Healy & Melville 2018) through umap-js, seeded.
// NaVAB / BERTopic settings: 5 dimensions, 15 neighbours, min_dist 0, cosine, seed 42 (2-d for plots).
// Cosine is computed on unit-normalized rows (1 − a·b, as umap-learn's cosine). The k-NN graph comes from
// nearest-neighbors.ts (exact below 4,096 points, NN-descent above, cached per vectors array). Epochs default
// as umap-learn: 500 up to 10,000 points, 200 above. umap-js initializes the layout randomly (no spectral init).
import { UMAP } from "umap-js";
import { InputError } from "../../shared/errors.js";
import { silentProgress, type ProgressReporter } from "../../shared/progress.js";
import { neighborGraph } from "./nearest-neighbors.js";
import { seededRandom } from "./seeded-random.js";

export { scaledMinClusterSize } from "../clustering/min-cluster-size.js";

export interface ReductionOptions {
  dimensions: number;
  neighbors: number;
  minDistance: number;
  metric: "cosine" | "euclidean";
  seed: number;
  epochs?: number;
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
  validate(vectors, options);
  const count = vectors.length;
  const width = vectors[0]?.length ?? 0;
  const values = flatten(vectors, width, options.metric === "cosine");
  const random = seededRandom(options.seed);
  const umap = new UMAP({
    nComponents: options.dimensions,
    nNeighbors: options.neighbors,
    minDist: options.minDistance,
    random,
    nEpochs: options.epochs ?? (count > 10_000 ? 200 : 500),
  });
  progress.start("umap: neighbours", 1);
  const graph = neighborGraph(vectors, values, width, options);
  umap.setPrecomputedKNN(graph.indices, graph.distances);
  // With a precomputed k-NN graph umap-js's fit reads only X.length (X itself serves its transform(), unused
  // here), so it gets placeholders instead of a second copy of the vectors.
  const placeholder: number[] = [];
  const epochs = umap.initializeFit(Array.from({ length: count }, () => placeholder));
  progress.stop();
  progress.start("umap: layout", epochs);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    umap.step();
    if (epoch % 10 === 9) {
      progress.update(epoch + 1);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  progress.stop();
  return umap.getEmbedding().map((point) => Float64Array.from(point));
}

function validate(vectors: readonly ArrayLike<number>[], options: ReductionOptions): void {
  const { dimensions, neighbors, minDistance, metric, seed, epochs } = options;
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
  if (vectors.length <= neighbors) {
    throw new InputError(
      `UMAP needs more vectors (${vectors.length}) than neighbors (${neighbors}); lower neighbors or add documents`,
    );
  }
}

/** Flat row-major copy, unit-normalized for cosine; rejects ragged, empty or non-finite rows. */
function flatten(vectors: readonly ArrayLike<number>[], width: number, normalize: boolean): Float64Array {
  if (width === 0) throw new InputError("vectors have no dimensions");
  const values = new Float64Array(vectors.length * width);
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
