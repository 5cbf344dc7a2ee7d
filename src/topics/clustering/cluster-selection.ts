// Flat cluster extraction from the condensed tree (Campello et al. 2013, "excess of mass"; hdbscan's
// `compute_stability` and `get_clusters`): stability(C) = Σ (λ_p − λ_birth(C)) over C's children; EOM keeps a
// cluster unless its children's summed stability is strictly larger; "leaf" keeps the leaves of the cluster tree.
import type { CondensedTree } from "./condensed-tree.js";

export type SelectionMethod = "eom" | "leaf";

/** Stability of every cluster, indexed by clusterId − pointCount. */
export function clusterStabilities(tree: CondensedTree): Float64Array {
  const { pointCount, clusterCount } = tree;
  const births = new Float64Array(clusterCount);
  for (let row = 0; row < tree.child.length; row += 1) {
    const child = tree.child[row] as number;
    if (child >= pointCount) births[child - pointCount] = tree.lambda[row] as number;
  }
  births[0] = 0;
  const stability = new Float64Array(clusterCount);
  for (let row = 0; row < tree.parent.length; row += 1) {
    const cluster = (tree.parent[row] as number) - pointCount;
    stability[cluster] =
      (stability[cluster] as number) +
      ((tree.lambda[row] as number) - (births[cluster] as number)) * (tree.childSize[row] as number);
  }
  return stability;
}

/** Child clusters of every cluster (indexed by clusterId − pointCount), in row order. */
export function clusterChildren(tree: CondensedTree): number[][] {
  const children: number[][] = Array.from({ length: tree.clusterCount }, () => []);
  for (let row = 0; row < tree.child.length; row += 1) {
    const child = tree.child[row] as number;
    if (child >= tree.pointCount) children[(tree.parent[row] as number) - tree.pointCount]?.push(child);
  }
  return children;
}

/** The selected cluster ids (absolute ids, ascending). */
export function selectClusters(tree: CondensedTree, method: SelectionMethod, allowSingleCluster: boolean): number[] {
  const { pointCount, clusterCount } = tree;
  const children = clusterChildren(tree);
  const selected = new Uint8Array(clusterCount);
  const lowest = allowSingleCluster ? 0 : 1;
  if (method === "leaf") {
    let leaves = 0;
    for (let cluster = 1; cluster < clusterCount; cluster += 1) {
      if ((children[cluster] as number[]).length === 0) {
        selected[cluster] = 1;
        leaves += 1;
      }
    }
    if (leaves === 0) selected[0] = 1;
  } else {
    const stability = clusterStabilities(tree);
    for (let cluster = clusterCount - 1; cluster >= lowest; cluster -= 1) selected[cluster] = 1;
    for (let cluster = clusterCount - 1; cluster >= lowest; cluster -= 1) {
      // hdbscan accumulates this sum in a C float (single precision); Math.fround mirrors it for tie parity.
      let subtree = 0;
      for (const child of children[cluster] as number[])
        subtree = Math.fround(subtree + (stability[child - pointCount] as number));
      if (subtree > (stability[cluster] as number)) {
        selected[cluster] = 0;
        stability[cluster] = subtree;
      } else {
        const stack = [...(children[cluster] as number[])];
        while (stack.length > 0) {
          const descendant = (stack.pop() as number) - pointCount;
          selected[descendant] = 0;
          stack.push(...(children[descendant] as number[]));
        }
      }
    }
  }
  const result: number[] = [];
  for (let cluster = 0; cluster < clusterCount; cluster += 1)
    if (selected[cluster] === 1) result.push(cluster + pointCount);
  return result;
}

/** Labels 0..k−1 (by ascending cluster id) for points under a selected cluster, −1 otherwise (hdbscan's do_labelling). */
export function labelPoints(tree: CondensedTree, selected: readonly number[], allowSingleCluster: boolean): Int32Array {
  const { pointCount, clusterCount } = tree;
  const clusterParent = new Int32Array(clusterCount).fill(-1);
  const pointParent = new Int32Array(pointCount).fill(-1);
  const pointLambda = new Float64Array(pointCount);
  let rootMaximumLambda = 0;
  for (let row = 0; row < tree.child.length; row += 1) {
    const child = tree.child[row] as number;
    const parent = tree.parent[row] as number;
    if (child >= pointCount) clusterParent[child - pointCount] = parent;
    else {
      pointParent[child] = parent;
      pointLambda[child] = tree.lambda[row] as number;
    }
    if (parent === pointCount) rootMaximumLambda = Math.max(rootMaximumLambda, tree.lambda[row] as number);
  }
  const labelOf = new Int32Array(clusterCount).fill(-1);
  selected.forEach((cluster, label) => (labelOf[cluster - pointCount] = label));
  // Resolve each cluster to its nearest selected ancestor-or-self (parents have smaller ids: one ascending pass).
  const resolved = new Int32Array(clusterCount).fill(-1);
  for (let cluster = 0; cluster < clusterCount; cluster += 1) {
    if ((labelOf[cluster] as number) >= 0) resolved[cluster] = cluster;
    else if ((clusterParent[cluster] as number) >= 0)
      resolved[cluster] = resolved[(clusterParent[cluster] as number) - pointCount] as number;
  }
  const labels = new Int32Array(pointCount).fill(-1);
  for (let point = 0; point < pointCount; point += 1) {
    const parent = pointParent[point] as number;
    if (parent < 0) continue;
    const owner = resolved[parent - pointCount] as number;
    if (owner < 0) continue;
    if (owner === 0) {
      // The root is only a cluster with allowSingleCluster: points that left it before the last split are noise.
      const single = selected.length === 1 && allowSingleCluster;
      labels[point] = single && (pointLambda[point] as number) >= rootMaximumLambda ? (labelOf[0] as number) : -1;
    } else {
      labels[point] = labelOf[owner] as number;
    }
  }
  return labels;
}
