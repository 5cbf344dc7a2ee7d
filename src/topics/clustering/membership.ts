// Membership probabilities and GLOSH outlier scores from the condensed tree (hdbscan's `get_probabilities`,
// `max_lambdas`, `outlier_scores`; GLOSH: Campello, Moulavi, Zimek & Sander 2015). A point's probability is
// min(λ_point, λ_max(C)) / λ_max(C), λ_max(C) the largest λ among C's direct children rows.
import type { CondensedTree } from "./condensed-tree.js";

/** Largest λ over the rows whose parent is each cluster (indexed by clusterId − pointCount). */
export function clusterDeaths(tree: CondensedTree): Float64Array {
  const deaths = new Float64Array(tree.clusterCount);
  for (let row = 0; row < tree.parent.length; row += 1) {
    const cluster = (tree.parent[row] as number) - tree.pointCount;
    const value = tree.lambda[row] as number;
    if (value > (deaths[cluster] as number)) deaths[cluster] = value;
  }
  return deaths;
}

/** Probability of each point in its assigned cluster; 0 for noise. */
export function membershipProbabilities(
  tree: CondensedTree,
  labels: Int32Array,
  selected: readonly number[],
): Float64Array {
  const deaths = clusterDeaths(tree);
  const result = new Float64Array(tree.pointCount);
  for (let row = 0; row < tree.child.length; row += 1) {
    const point = tree.child[row] as number;
    if (point >= tree.pointCount) continue;
    const label = labels[point] as number;
    if (label < 0) continue;
    const maximum = deaths[(selected[label] as number) - tree.pointCount] as number;
    const value = tree.lambda[row] as number;
    result[point] = maximum === 0 || !Number.isFinite(value) ? 1 : Math.min(value, maximum) / maximum;
  }
  return result;
}

/** GLOSH: (λ_max(subtree of the point's cluster) − λ_point) / λ_max; 0 = inlier, near 1 = outlier. */
export function outlierScores(tree: CondensedTree): Float64Array {
  const deaths = clusterDeaths(tree);
  // Children have larger ids than parents: one descending pass pushes each subtree's maximum up.
  const clusterParent = new Int32Array(tree.clusterCount).fill(-1);
  for (let row = 0; row < tree.child.length; row += 1) {
    const child = tree.child[row] as number;
    if (child >= tree.pointCount)
      clusterParent[child - tree.pointCount] = (tree.parent[row] as number) - tree.pointCount;
  }
  for (let cluster = tree.clusterCount - 1; cluster > 0; cluster -= 1) {
    const parent = clusterParent[cluster] as number;
    if (parent >= 0 && (deaths[cluster] as number) > (deaths[parent] as number))
      deaths[parent] = deaths[cluster] as number;
  }
  const result = new Float64Array(tree.pointCount);
  for (let row = 0; row < tree.child.length; row += 1) {
    const point = tree.child[row] as number;
    if (point >= tree.pointCount) continue;
    const maximum = deaths[(tree.parent[row] as number) - tree.pointCount] as number;
    const value = tree.lambda[row] as number;
    result[point] = maximum === 0 || !Number.isFinite(value) ? 0 : (maximum - value) / maximum;
  }
  return result;
}
