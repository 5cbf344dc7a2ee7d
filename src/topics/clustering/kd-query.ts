// k nearest points of the k-d tree (kd-tree.ts) to a point that is not in it (sklearn's KDTree.query, as hdbscan's
// approximate_predict uses it): depth-first, nearer child first, subtrees pruned by their box distance against the
// current k-th best. Results ascending by distance (ties by point index) in the caller's arrays.
import type { KdTree } from "./kd-tree.js";

export interface KdQueryScratch {
  stack: Int32Array;
  gaps: Float64Array;
}

export function createKdQueryScratch(tree: KdTree): KdQueryScratch {
  return { stack: new Int32Array(tree.nodeCount + 64), gaps: new Float64Array(tree.nodeCount + 64) };
}

/** Fills indices/distances[0 .. found) with the nearest points to query[base ..]; returns found = min(k, n). */
export function nearestInTree(
  tree: KdTree,
  query: Float64Array,
  base: number,
  k: number,
  indices: Int32Array,
  distances: Float64Array,
  scratch: KdQueryScratch,
): number {
  const { count, dimensions, values } = tree.matrix;
  const wanted = Math.min(k, count);
  if (wanted <= 0) return 0;
  // Max-heap of squared distances while searching.
  let size = 0;
  const { stack, gaps } = scratch;
  let depth = 0;
  stack[depth] = 0;
  gaps[depth++] = boxGap(tree, 0, query, base);
  while (depth > 0) {
    depth -= 1;
    const node = stack[depth] as number;
    if (size === wanted && (gaps[depth] as number) > (distances[0] as number)) continue;
    const leftChild = tree.left[node] as number;
    if (leftChild >= 0) {
      const rightChild = tree.right[node] as number;
      const leftGap = boxGap(tree, leftChild, query, base);
      const rightGap = boxGap(tree, rightChild, query, base);
      const [near, nearGap, far, farGap] =
        leftGap <= rightGap ? [leftChild, leftGap, rightChild, rightGap] : [rightChild, rightGap, leftChild, leftGap];
      stack[depth] = far;
      gaps[depth++] = farGap;
      stack[depth] = near;
      gaps[depth++] = nearGap;
      continue;
    }
    for (let position = tree.start[node] as number; position < (tree.end[node] as number); position += 1) {
      const point = tree.order[position] as number;
      let sum = 0;
      for (let column = 0; column < dimensions; column += 1) {
        const difference = (query[base + column] as number) - (values[point * dimensions + column] as number);
        sum += difference * difference;
      }
      if (size < wanted) size = push(indices, distances, size, point, sum);
      else if (sum < (distances[0] as number) || (sum === distances[0] && point < (indices[0] as number)))
        replace(indices, distances, size, point, sum);
    }
  }
  // Heap → ascending (distance, index), then squared → euclidean.
  for (let end = size - 1; end > 0; end -= 1) {
    const point = indices[end] as number;
    const value = distances[end] as number;
    indices[end] = indices[0] as number;
    distances[end] = distances[0] as number;
    siftDown(indices, distances, end, point, value);
  }
  for (let slot = 0; slot < size; slot += 1) distances[slot] = Math.sqrt(distances[slot] as number);
  return size;
}

function boxGap(tree: KdTree, node: number, query: Float64Array, base: number): number {
  const dimensions = tree.matrix.dimensions;
  let sum = 0;
  for (let column = 0; column < dimensions; column += 1) {
    const value = query[base + column] as number;
    const low = tree.lower[node * dimensions + column] as number;
    const high = tree.upper[node * dimensions + column] as number;
    const gap = value < low ? low - value : value > high ? value - high : 0;
    sum += gap * gap;
  }
  return sum;
}

const above = (distanceA: number, indexA: number, distanceB: number, indexB: number): boolean =>
  distanceA > distanceB || (distanceA === distanceB && indexA > indexB);

function push(indices: Int32Array, distances: Float64Array, size: number, point: number, value: number): number {
  let child = size;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!above(value, point, distances[parent] as number, indices[parent] as number)) break;
    indices[child] = indices[parent] as number;
    distances[child] = distances[parent] as number;
    child = parent;
  }
  indices[child] = point;
  distances[child] = value;
  return size + 1;
}

function replace(indices: Int32Array, distances: Float64Array, size: number, point: number, value: number): void {
  siftDown(indices, distances, size, point, value);
}

/** Puts (point, value) at the root of the max-heap of `size` entries and sifts it down. */
function siftDown(indices: Int32Array, distances: Float64Array, size: number, point: number, value: number): void {
  let parent = 0;
  for (;;) {
    const left = 2 * parent + 1;
    if (left >= size) break;
    const right = left + 1;
    const child =
      right < size &&
      above(distances[right] as number, indices[right] as number, distances[left] as number, indices[left] as number)
        ? right
        : left;
    if (!above(distances[child] as number, indices[child] as number, value, point)) break;
    indices[parent] = indices[child] as number;
    distances[parent] = distances[child] as number;
    parent = child;
  }
  indices[parent] = point;
  distances[parent] = value;
}
