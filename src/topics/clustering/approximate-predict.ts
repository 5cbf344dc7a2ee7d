// HDBSCAN's approximate prediction for new points (hdbscan's approximate_predict, McInnes et al.): among the
// 2·min_samples nearest fitted points (k-d tree), the one at the smallest mutual-reachability distance
// max(core(neighbour), the point's own core distance = distance to its (min_samples + 1)-th neighbour, distance)
// is where the point joins the condensed tree, at λ = 1 / that distance. It joins the cluster that neighbour fell
// out of, or — when the point would join at a lower λ than the neighbour left — the ancestor alive at that λ
// (walking up while a cluster was born at λ ≥ the point's). Label: that cluster's (or its selected ancestor's)
// label, −1 otherwise; probability min(λ, λ_max) / λ_max of the selected cluster (1 when λ_max is 0), 0 for noise.
import { createKdQueryScratch, nearestInTree, type KdQueryScratch } from "./kd-query.js";
import type { PredictionData } from "./prediction-data.js";

export interface PredictScratch {
  kd: KdQueryScratch;
  indices: Int32Array;
  distances: Float64Array;
}

export function createPredictScratch(data: PredictionData): PredictScratch {
  const k = 2 * data.minSamples;
  return { kd: createKdQueryScratch(data.tree), indices: new Int32Array(k), distances: new Float64Array(k) };
}

/** Label and probability of point[base .. base + dimensions) (the reduced space the clustering was fitted in). */
export function approximatePredict(
  data: PredictionData,
  point: Float64Array,
  base: number,
  scratch: PredictScratch,
): { label: number; probability: number } {
  if (!data.hasClusters) return { label: -1, probability: 0 };
  const { indices, distances } = scratch;
  const found = nearestInTree(data.tree, point, base, 2 * data.minSamples, indices, distances, scratch.kd);
  if (found === 0) return { label: -1, probability: 0 };
  const ownCore = distances[Math.min(data.minSamples, found - 1)] as number;
  let nearest = -1;
  let smallest = Infinity;
  for (let slot = 0; slot < found; slot += 1) {
    const neighbor = indices[slot] as number;
    const reach = Math.max(data.core[neighbor] as number, ownCore, distances[slot] as number);
    if (reach < smallest) {
      smallest = reach;
      nearest = neighbor;
    }
  }
  const lambda = smallest > 0 ? 1 / smallest : Number.MAX_VALUE;
  const pointCount = data.pointCount;
  let cluster = data.pointParent[nearest] as number;
  if ((data.pointLambda[nearest] as number) > lambda) {
    while (cluster > pointCount && (data.clusterBirth[cluster - pointCount] as number) >= lambda)
      cluster = data.clusterParent[cluster - pointCount] as number;
  }
  const label = cluster >= pointCount ? (data.clusterLabel[cluster - pointCount] as number) : -1;
  if (label < 0) return { label: -1, probability: 0 };
  const maximum = data.clusterMaximumLambda[cluster - pointCount] as number;
  return { label, probability: maximum > 0 ? Math.min(maximum, lambda) / maximum : 1 };
}
