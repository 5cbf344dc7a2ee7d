// Chooses the mutual-reachability MST algorithm: Prim on the implicit dense graph (exact, the library's order)
// for small inputs, Borůvka over the k-d tree for large ones. Both return edges sorted by weight.
import type { KdTree } from "./kd-tree.js";
import { mutualReachabilitySpanningTree, type SpanningTree } from "./minimum-spanning-tree.js";

export function spanningTree(tree: KdTree, core: Float64Array): SpanningTree {
  return mutualReachabilitySpanningTree(tree.matrix, core);
}
