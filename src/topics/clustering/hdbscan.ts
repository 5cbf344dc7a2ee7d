// HDBSCAN (Campello, Moulavi & Sander 2013; McInnes, Healy & Astels 2017), following McInnes' `hdbscan` Python
// library step by step so its labels can be reproduced: core distances (k-d tree) → mutual-reachability MST →
// single-linkage tree → condensed tree → EOM/leaf selection → labels (−1 = noise) and membership probabilities.
// Euclidean metric on the given points (navab feeds it the 5-d UMAP output).
import { InputError } from "../../shared/errors.js";
import { labelPoints, selectClusters } from "./cluster-selection.js";
import { condenseTree, type CondensedTree } from "./condensed-tree.js";
import { coreDistances } from "./core-distances.js";
import { buildKdTree, type KdTree } from "./kd-tree.js";
import { membershipProbabilities, outlierScores } from "./membership.js";
import { spanningTree } from "./spanning-tree.js";
import { toPointMatrix } from "./point-matrix.js";
import { singleLinkage } from "./single-linkage.js";

export { scaledMinClusterSize } from "./min-cluster-size.js";

export interface HdbscanOptions {
  minClusterSize: number;
  /** Default = minClusterSize. Neighbours (not counting the point itself) that define a core distance. */
  minSamples?: number;
  /** Default "eom". */
  clusterSelectionMethod?: "eom" | "leaf";
  /** Default false. */
  allowSingleCluster?: boolean;
}

export interface HdbscanResult {
  /** Cluster per point, 0..clusterCount−1; −1 = noise. */
  labels: Int32Array;
  probabilities: Float64Array;
  clusterCount: number;
  outlierScores?: Float64Array;
}

export function hdbscan(points: readonly ArrayLike<number>[], options: HdbscanOptions): HdbscanResult {
  return fitHdbscan(points, options).result;
}

/** What approximate prediction of new points needs (prediction-data.ts); absent when there were < 2 points. */
export interface HdbscanFit {
  tree: KdTree;
  condensed: CondensedTree;
  /** Selected cluster ids (absolute, ascending): label i is selected[i]. */
  selected: readonly number[];
  /** min_samples as given (or min_cluster_size), before clamping to the point count, as hdbscan keeps it. */
  minSamples: number;
}

/** HDBSCAN with the fitted tree kept for approximate prediction. */
export function fitHdbscan(
  points: readonly ArrayLike<number>[],
  options: HdbscanOptions,
): { result: HdbscanResult; fit?: HdbscanFit } {
  const { minClusterSize } = options;
  if (!Number.isInteger(minClusterSize) || minClusterSize < 2) {
    throw new InputError(`minClusterSize must be an integer >= 2, got ${minClusterSize}`);
  }
  const requestedSamples = options.minSamples ?? minClusterSize;
  if (!Number.isInteger(requestedSamples) || requestedSamples < 1) {
    throw new InputError(`minSamples must be an integer >= 1, got ${options.minSamples}`);
  }
  const method = options.clusterSelectionMethod ?? "eom";
  if (method !== "eom" && method !== "leaf") {
    throw new InputError(`clusterSelectionMethod must be "eom" or "leaf", got ${String(method)}`);
  }
  const allowSingleCluster = options.allowSingleCluster ?? false;
  const matrix = toPointMatrix(points);
  const count = matrix.count;
  if (count < 2) {
    const result = {
      labels: new Int32Array(count).fill(-1),
      probabilities: new Float64Array(count),
      clusterCount: 0,
      outlierScores: new Float64Array(count),
    };
    return { result };
  }
  // As the library: min_samples = max(1, min(n − 1, min_samples)).
  const minSamples = Math.max(1, Math.min(count - 1, requestedSamples));
  const tree = buildKdTree(matrix);
  const core = coreDistances(tree, minSamples);
  const linkage = singleLinkage(spanningTree(tree, core), count);
  const condensed = condenseTree(linkage, minClusterSize);
  const selected = selectClusters(condensed, method, allowSingleCluster);
  const labels = labelPoints(condensed, selected, allowSingleCluster);
  const result = {
    labels,
    probabilities: membershipProbabilities(condensed, labels, selected),
    clusterCount: selected.length,
    outlierScores: outlierScores(condensed),
  };
  return { result, fit: { tree, condensed, selected, minSamples: requestedSamples } };
}
