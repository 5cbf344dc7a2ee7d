// The condensed cluster tree (Campello et al. 2013; McInnes & Healy 2017, hdbscan's `condense_tree`): walk the
// single-linkage dendrogram top-down in breadth-first order; a split where both sides have >= minClusterSize
// points makes two new clusters, otherwise the small side "falls out" of its parent as points at lambda = 1/d.
// Cluster ids start at n (the root) and grow in breadth-first order, a topological order the selection relies on.
import type { LinkageTree } from "./single-linkage.js";

export interface CondensedTree {
  readonly parent: Int32Array;
  readonly child: Int32Array;
  readonly lambda: Float64Array;
  readonly childSize: Int32Array;
  readonly pointCount: number;
  /** Cluster ids are pointCount .. pointCount + clusterCount - 1. */
  readonly clusterCount: number;
}

export function condenseTree(linkage: LinkageTree, minClusterSize: number): CondensedTree {
  const points = linkage.pointCount;
  const root = 2 * points - 2;
  const parent: number[] = [];
  const child: number[] = [];
  const lambda: number[] = [];
  const childSize: number[] = [];
  if (points <= 1) return freeze(parent, child, lambda, childSize, points, 1);
  const relabel = new Int32Array(root + 1);
  relabel[root] = points;
  let nextLabel = points + 1;
  const ignore = new Uint8Array(root + 1);
  const sizeOf = (node: number): number => (node >= points ? (linkage.size[node - points] as number) : 1);
  const emitFallenPoints = (subtreeRoot: number, into: number, value: number): void => {
    for (const node of breadthFirst(linkage, subtreeRoot)) {
      if (node < points) {
        parent.push(into);
        child.push(node);
        lambda.push(value);
        childSize.push(1);
      }
      ignore[node] = 1;
    }
  };
  for (const node of breadthFirst(linkage, root)) {
    if (ignore[node] === 1 || node < points) continue;
    const merge = node - points;
    const left = linkage.left[merge] as number;
    const right = linkage.right[merge] as number;
    const distance = linkage.distance[merge] as number;
    const value = distance > 0 ? 1 / distance : Infinity;
    const leftCount = sizeOf(left);
    const rightCount = sizeOf(right);
    const here = relabel[node] as number;
    if (leftCount >= minClusterSize && rightCount >= minClusterSize) {
      for (const [side, count] of [
        [left, leftCount],
        [right, rightCount],
      ] as const) {
        relabel[side] = nextLabel;
        nextLabel += 1;
        parent.push(here);
        child.push(relabel[side] as number);
        lambda.push(value);
        childSize.push(count);
      }
    } else if (leftCount < minClusterSize && rightCount < minClusterSize) {
      emitFallenPoints(left, here, value);
      emitFallenPoints(right, here, value);
    } else if (leftCount < minClusterSize) {
      relabel[right] = here;
      emitFallenPoints(left, here, value);
    } else {
      relabel[left] = here;
      emitFallenPoints(right, here, value);
    }
  }
  return freeze(parent, child, lambda, childSize, points, nextLabel - points);
}

/** Dendrogram nodes below `start` in breadth-first order, left child before right (hdbscan's bfs_from_hierarchy). */
export function* breadthFirst(linkage: LinkageTree, start: number): Generator<number> {
  const points = linkage.pointCount;
  let level = [start];
  while (level.length > 0) {
    const next: number[] = [];
    for (const node of level) {
      yield node;
      if (node >= points) next.push(linkage.left[node - points] as number, linkage.right[node - points] as number);
    }
    level = next;
  }
}

function freeze(
  parent: number[],
  child: number[],
  lambda: number[],
  childSize: number[],
  pointCount: number,
  clusterCount: number,
): CondensedTree {
  return {
    parent: Int32Array.from(parent),
    child: Int32Array.from(child),
    lambda: Float64Array.from(lambda),
    childSize: Int32Array.from(childSize),
    pointCount,
    clusterCount,
  };
}
