// New points onto a fitted UMAP embedding, as umap-learn's UMAP.transform: the k nearest fitted rows
// (search-index.ts), their fuzzy membership strengths with local connectivity 0 (rho = 0; sigma by the same binary
// search as the fit, skipping the nearest as smooth_knn_dist does), a start at the strength-weighted mean of the
// neighbours' embeddings (exactly a fitted point's place when a strength is 1, i.e. the point is identical to it),
// then a short SGD over the point's own edges with the fitted points held fixed (move_other=False), rate 1/4 of
// the fit's, 5 negative samples per attraction drawn from the fitted points.
// Two deliberate differences, so a point's result depends only on itself and the seed (not on which page or
// thread it is processed in): the strength scale is the largest possible strength, 1 (umap-learn uses the batch's
// largest strength, usually 0.5–1), and sigma's floor uses the point's own mean distance (umap-learn: the batch
// mean; the floor is 1e-3 of it and almost never binds). Each point draws from its own stream (umap-learn also
// keeps one random state per head vertex).
import { seededStream } from "../../shared/seeded-random.js";
import type { UmapModel } from "./umap.js";
import {
  buildSearchIndex,
  createScratch,
  searchNeighbors,
  type SearchIndex,
  type SearchScratch,
} from "./search-index.js";
import { seededRandom } from "./seeded-random.js";

const SMOOTH_TOLERANCE = 1e-5;
const MIN_DISTANCE_SCALE = 1e-3;
const NEGATIVE_RATE = 5;
const LEARNING_RATE = 0.25;
const CLIP = 4;

export interface TransformModel {
  index: SearchIndex;
  /** Fitted embedding, flat row-major. */
  embedding: Float64Array;
  dimensions: number;
  neighbors: number;
  a: number;
  b: number;
  epochs: number;
  /** Search slack ε (umap-learn: 0.24 with angular trees, 0.12 otherwise). */
  epsilon: number;
  seed: number;
}

/** umap-learn's default transform epochs: 100 for up to 10,000 new points, 30 above. */
export function transformEpochs(newPoints: number): number {
  return newPoints <= 10_000 ? 100 : 30;
}

export function transformModel(
  model: UmapModel,
  newPoints: number,
  epochs = transformEpochs(newPoints),
): TransformModel {
  const angular = model.options.metric === "cosine";
  const index = buildSearchIndex(
    model.values,
    model.width,
    model.graph,
    angular,
    seededRandom(model.options.seed ^ 0x2545f491),
  );
  return {
    index,
    embedding: model.embedding,
    dimensions: model.options.dimensions,
    neighbors: Math.min(model.options.neighbors, model.count),
    a: model.a,
    b: model.b,
    epochs,
    epsilon: angular ? 0.24 : 0.12,
    seed: model.options.seed,
  };
}

export interface TransformScratch {
  search: SearchScratch;
  weights: Float64Array;
  epochsPerSample: Float64Array;
  nextSample: Float64Array;
  nextNegative: Float64Array;
}

export function createTransformScratch(model: TransformModel): TransformScratch {
  const k = model.neighbors;
  return {
    search: createScratch(model.index, k),
    weights: new Float64Array(k),
    epochsPerSample: new Float64Array(k),
    nextSample: new Float64Array(k),
    nextNegative: new Float64Array(k),
  };
}

/**
 * Places query row query[base .. base + width) (unit-normalized for cosine) into out[outBase .. + dimensions).
 * `pointId` picks the point's random stream (its position in the whole corpus, so pages do not matter).
 */
export function transformPoint(
  model: TransformModel,
  query: Float32Array,
  base: number,
  pointId: number,
  out: Float64Array,
  outBase: number,
  scratch: TransformScratch,
): void {
  const random = seededStream(model.seed ^ 0x6a09e667, pointId);
  const found = searchNeighbors(model.index, query, base, model.neighbors, model.epsilon, random, scratch.search);
  const { resultIndices: neighbors, resultDistances: distances } = scratch.search;
  const { weights } = scratch;
  const sigma = smoothSigma(distances, found, Math.log2(model.neighbors));
  let exact = -1;
  let total = 0;
  for (let slot = 0; slot < found; slot += 1) {
    const distance = distances[slot] as number;
    weights[slot] = distance <= 0 || sigma === 0 ? 1 : Math.exp(-distance / sigma);
    if (weights[slot] === 1 && exact < 0) exact = neighbors[slot] as number;
    total += weights[slot] as number;
  }
  const { dimensions, embedding } = model;
  for (let d = 0; d < dimensions; d += 1) {
    if (exact >= 0) {
      out[outBase + d] = embedding[exact * dimensions + d] as number;
      continue;
    }
    let sum = 0;
    for (let slot = 0; slot < found; slot += 1)
      sum += (weights[slot] as number) * (embedding[(neighbors[slot] as number) * dimensions + d] as number);
    out[outBase + d] = total > 0 ? sum / total : 0;
  }
  optimizePoint(model, neighbors, found, out, outBase, scratch, random);
}

/** smooth_knn_dist for one row with rho = 0: sigma with Σ_{j ≥ 1} exp(−d_j / sigma) = log2(k). */
function smoothSigma(distances: Float64Array, found: number, target: number): number {
  let low = 0;
  let high = Infinity;
  let middle = 1;
  let rowTotal = 0;
  for (let slot = 0; slot < found; slot += 1) rowTotal += distances[slot] as number;
  for (let iteration = 0; iteration < 64; iteration += 1) {
    let sum = 0;
    for (let slot = 1; slot < found; slot += 1) {
      const distance = distances[slot] as number;
      sum += distance > 0 ? Math.exp(-distance / middle) : 1;
    }
    if (Math.abs(sum - target) < SMOOTH_TOLERANCE) break;
    if (sum > target) {
      high = middle;
      middle = (low + high) / 2;
    } else {
      low = middle;
      middle = high === Infinity ? middle * 2 : (low + high) / 2;
    }
  }
  return Math.max(middle, MIN_DISTANCE_SCALE * (found > 0 ? rowTotal / found : 0));
}

/** optimize_layout_euclidean over one point's edges, fitted points fixed (move_other=False). */
function optimizePoint(
  model: TransformModel,
  neighbors: Int32Array,
  found: number,
  out: Float64Array,
  outBase: number,
  scratch: TransformScratch,
  random: () => number,
): void {
  const { dimensions, embedding, a, b, epochs } = model;
  const { weights, epochsPerSample, nextSample, nextNegative } = scratch;
  const fitted = model.index.count;
  // Strengths below 1/epochs of the largest possible (1) are never sampled, as umap-learn drops them.
  for (let slot = 0; slot < found; slot += 1) {
    const weight = weights[slot] as number;
    epochsPerSample[slot] = weight >= 1 / epochs ? 1 / weight : -1;
    nextSample[slot] = epochsPerSample[slot] as number;
    nextNegative[slot] = (epochsPerSample[slot] as number) / NEGATIVE_RATE;
  }
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const alpha = LEARNING_RATE * (1 - Math.max(0, epoch - 1) / epochs);
    for (let slot = 0; slot < found; slot += 1) {
      const perSample = epochsPerSample[slot] as number;
      if (perSample < 0 || (nextSample[slot] as number) > epoch) continue;
      const target = (neighbors[slot] as number) * dimensions;
      let squared = 0;
      for (let d = 0; d < dimensions; d += 1) {
        const difference = (out[outBase + d] as number) - (embedding[target + d] as number);
        squared += difference * difference;
      }
      if (squared > 0) {
        const power = Math.exp((b - 1) * Math.log(squared));
        const coefficient = (-2 * a * b * power) / (a * power * squared + 1);
        for (let d = 0; d < dimensions; d += 1) {
          const gradient = clip(coefficient * ((out[outBase + d] as number) - (embedding[target + d] as number)));
          out[outBase + d] = (out[outBase + d] as number) + gradient * alpha;
        }
      }
      nextSample[slot] = (nextSample[slot] as number) + perSample;
      const perNegative = perSample / NEGATIVE_RATE;
      const negatives = Math.trunc((epoch - (nextNegative[slot] as number)) / perNegative);
      for (let sample = 0; sample < negatives; sample += 1) {
        const away = Math.floor(random() * fitted) * dimensions;
        let distance = 0;
        for (let d = 0; d < dimensions; d += 1) {
          const difference = (out[outBase + d] as number) - (embedding[away + d] as number);
          distance += difference * difference;
        }
        if (!(distance > 0)) continue;
        const coefficient = (2 * b) / ((0.001 + distance) * (a * Math.exp(b * Math.log(distance)) + 1));
        for (let d = 0; d < dimensions; d += 1) {
          const gradient = clip(coefficient * ((out[outBase + d] as number) - (embedding[away + d] as number)));
          out[outBase + d] = (out[outBase + d] as number) + gradient * alpha;
        }
      }
      nextNegative[slot] = (nextNegative[slot] as number) + negatives * perNegative;
    }
  }
}

function clip(value: number): number {
  return value > CLIP ? CLIP : value < -CLIP ? -CLIP : value;
}
