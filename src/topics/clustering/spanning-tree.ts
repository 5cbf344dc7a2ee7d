// Chooses the mutual-reachability MST algorithm: Prim on the implicit dense graph (the loop of hdbscan's
// prims_kdtree, so equal-weight edges come out in the library's order) for small inputs, Borůvka over the
// k-d tree for large ones (O(n log n)-ish instead of O(n²)). Both are exact and return edges sorted by weight.
import { boruvkaSpanningTree } from "./boruvka.js";
import type { KdTree } from "./kd-tree.js";
import { mutualReachabilitySpanningTree, type SpanningTree } from "./minimum-spanning-tree.js";

export const PRIM_LIMIT = 4096;

export function spanningTree(
  tree: KdTree,
  core: Float64Array,
  method: "auto" | "prim" | "boruvka" = "auto",
): SpanningTree {
  const usePrim = method === "prim" || (method === "auto" && tree.matrix.count <= PRIM_LIMIT);
  return usePrim ? mutualReachabilitySpanningTree(tree.matrix, core) : boruvkaSpanningTree(tree, core);
}
