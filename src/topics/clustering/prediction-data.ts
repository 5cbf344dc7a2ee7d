// What HDBSCAN keeps to label new points without refitting (hdbscan's PredictionData, for approximate_predict):
// the fitted points' k-d tree, their core distances as the library recomputes them for prediction (k = min_samples
// neighbours counting the point itself, i.e. one fewer than the fit's), each point's row in the condensed tree
// (the cluster it fell out of and at which λ), each cluster's birth λ and parent, the label of every cluster (a
// selected cluster and every cluster below it share the selected one's label) and λ_max of the selected cluster
// for the probability. Flat typed arrays indexed by point or by cluster id − point count.
import { clusterDeaths } from "./membership.js";
import { coreDistances } from "./core-distances.js";
import type { HdbscanFit } from "./hdbscan.js";
import type { KdTree } from "./kd-tree.js";

export interface PredictionData {
  tree: KdTree;
  minSamples: number;
  core: Float64Array;
  pointParent: Int32Array;
  pointLambda: Float64Array;
  clusterParent: Int32Array;
  clusterBirth: Float64Array;
  /** Label of each cluster (−1 when neither it nor an ancestor was selected). */
  clusterLabel: Int32Array;
  /** λ_max of the selected cluster that gives each cluster its label. */
  clusterMaximumLambda: Float64Array;
  pointCount: number;
  /** False when the fit found no cluster at all: every new point is noise. */
  hasClusters: boolean;
}

export function predictionData(fit: HdbscanFit): PredictionData {
  const { tree, condensed, selected } = fit;
  const { pointCount, clusterCount } = condensed;
  const pointParent = new Int32Array(pointCount).fill(-1);
  const pointLambda = new Float64Array(pointCount);
  const clusterParent = new Int32Array(clusterCount).fill(-1);
  const clusterBirth = new Float64Array(clusterCount);
  let clusterRows = 0;
  for (let row = 0; row < condensed.child.length; row += 1) {
    const child = condensed.child[row] as number;
    const parent = condensed.parent[row] as number;
    if (child < pointCount) {
      pointParent[child] = parent;
      pointLambda[child] = condensed.lambda[row] as number;
    } else {
      clusterParent[child - pointCount] = parent;
      clusterBirth[child - pointCount] = condensed.lambda[row] as number;
      clusterRows += 1;
    }
  }
  const deaths = clusterDeaths(condensed);
  const clusterLabel = new Int32Array(clusterCount).fill(-1);
  const clusterMaximumLambda = new Float64Array(clusterCount);
  selected.forEach((cluster, label) => {
    clusterLabel[cluster - pointCount] = label;
    clusterMaximumLambda[cluster - pointCount] = deaths[cluster - pointCount] as number;
  });
  // Parents have smaller ids than children: one ascending pass hands each label down its subtree.
  for (let cluster = 1; cluster < clusterCount; cluster += 1) {
    const parent = (clusterParent[cluster] as number) - pointCount;
    if (parent < 0 || (clusterLabel[cluster] as number) >= 0 || (clusterLabel[parent] as number) < 0) continue;
    clusterLabel[cluster] = clusterLabel[parent] as number;
    clusterMaximumLambda[cluster] = clusterMaximumLambda[parent] as number;
  }
  return {
    tree,
    minSamples: fit.minSamples,
    core: coreDistances(tree, fit.minSamples - 1),
    pointParent,
    pointLambda,
    clusterParent,
    clusterBirth,
    clusterLabel,
    clusterMaximumLambda,
    pointCount,
    hasClusters: clusterRows > 0,
  };
}
