// The weighted article graph Louvain reads, as typed arrays behind the few members of a graphology Graph that
// graphology-communities-louvain 2.0 (and its UndirectedLouvainIndex, graphology-indices 0.17) touch: order, size,
// selfLoopCount, type, forEachNode, undirectedDegreeWithoutSelfLoops, forEachEdge. Louvain copies the graph into its
// own typed index at once; a real graphology graph of 1M article pairs (a node object with neighbour dictionaries
// per article, an edge object, key string and attribute object per pair) took ~1.2 GB at 100k statements, more than
// the link table itself. Nodes are visited in order of first appearance and edges in order of creation, as a
// graphology graph built pair by pair visits them, so the communities are the ones that graph gives (tested).
import { InputError } from "../../shared/errors.js";

export interface WeightedPairs {
  /** Endpoints (article indices) and summed weight of each pair, in the order the pairs were created. */
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  articleCount: number;
}

const readOnly = (): never => {
  throw new InputError("conflicts.reduce: the Louvain graph view is read-only");
};

/** A graph-shaped read-only view of the pairs for graphology-communities-louvain; node keys are article indices. */
export function louvainGraphView(pairs: WeightedPairs) {
  const nodes: number[] = [];
  const seen = new Uint8Array(pairs.articleCount);
  const degree = new Int32Array(pairs.articleCount);
  let selfLoopCount = 0;
  for (let pair = 0; pair < pairs.source.length; pair += 1) {
    const [source, target] = [pairs.source[pair]!, pairs.target[pair]!];
    for (const node of [source, target])
      if (seen[node] === 0) {
        seen[node] = 1;
        nodes.push(node);
      }
    if (source === target) selfLoopCount += 1;
    else {
      degree[source]! += 1;
      degree[target]! += 1;
    }
  }
  return {
    type: "undirected" as const,
    multi: false,
    order: nodes.length,
    size: pairs.source.length,
    selfLoopCount,
    // isGraph() checks that these exist; Louvain never writes to the graph it maps.
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
    setNodeAttribute: readOnly,
    forEachNode(callback: (node: number) => void): void {
      for (const node of nodes) callback(node);
    },
    undirectedDegreeWithoutSelfLoops: (node: number): number => degree[node]!,
    forEachEdge(
      callback: (edge: number, attributes: undefined, source: number, target: number, ...rest: unknown[]) => void,
    ): void {
      for (let pair = 0; pair < pairs.source.length; pair += 1)
        callback(pair, undefined, pairs.source[pair]!, pairs.target[pair]!, undefined, undefined, true);
    },
  };
}
