// The single-linkage dendrogram from a weight-sorted spanning tree (hdbscan's `label`, scipy linkage format):
// row i merges clusters left[i] and right[i] at distance[i] into cluster n + i of size size[i].
import type { SpanningTree } from "./minimum-spanning-tree.js";

export interface LinkageTree {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly distance: Float64Array;
  readonly size: Int32Array;
  readonly pointCount: number;
}

export function singleLinkage(tree: SpanningTree, pointCount: number): LinkageTree {
  const merges = tree.weight.length;
  const parent = new Int32Array(2 * pointCount).fill(-1);
  const clusterSize = new Int32Array(2 * pointCount).fill(1);
  const left = new Int32Array(merges);
  const right = new Int32Array(merges);
  const size = new Int32Array(merges);
  const find = (node: number): number => {
    let root = node;
    while ((parent[root] as number) >= 0) root = parent[root] as number;
    let walker = node;
    while ((parent[walker] as number) >= 0) {
      const next = parent[walker] as number;
      parent[walker] = root;
      walker = next;
    }
    return root;
  };
  for (let merge = 0; merge < merges; merge += 1) {
    const a = find(tree.from[merge] as number);
    const b = find(tree.to[merge] as number);
    const label = pointCount + merge;
    left[merge] = a;
    right[merge] = b;
    size[merge] = (clusterSize[a] as number) + (clusterSize[b] as number);
    clusterSize[label] = size[merge] as number;
    parent[a] = label;
    parent[b] = label;
  }
  return { left, right, distance: tree.weight, size, pointCount };
}
