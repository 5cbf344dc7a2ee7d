// Core distances for HDBSCAN (Campello, Moulavi & Sander 2013): the distance from each point to its k-th nearest
// neighbour. Like McInnes' `hdbscan` library (which queries k = min_samples + 1 neighbours counting the point
// itself and takes the last), k = minSamples neighbours NOT counting the point itself. Exact, via the k-d tree.
import { boxDistanceSquared, type KdTree } from "./kd-tree.js";

/** Distances from every point to its `neighbors`-th nearest other point (0 when neighbors is 0). */
export function coreDistances(tree: KdTree, neighbors: number): Float64Array {
  const { count, dimensions, values } = tree.matrix;
  const result = new Float64Array(count);
  if (neighbors <= 0 || count === 0) return result;
  const wanted = Math.min(neighbors + 1, count);
  const heap = new Float64Array(wanted);
  const stack = new Int32Array(tree.nodeCount + 64);
  const stackGap = new Float64Array(tree.nodeCount + 64);
  // Queries in tree order: consecutive queries touch the same nodes (cache locality).
  for (const point of tree.order) {
    let heapSize = 0;
    let depth = 0;
    stack[depth] = 0;
    stackGap[depth++] = 0;
    while (depth > 0) {
      depth -= 1;
      const node = stack[depth] as number;
      const bound = heapSize < wanted ? Infinity : (heap[0] as number);
      if ((stackGap[depth] as number) > bound) continue;
      const leftChild = tree.left[node] as number;
      if (leftChild >= 0) {
        const rightChild = tree.right[node] as number;
        const leftGap = boxDistanceSquared(tree, leftChild, point);
        const rightGap = boxDistanceSquared(tree, rightChild, point);
        // Push the farther child first so the nearer one is searched first.
        if (leftGap <= rightGap) {
          stack[depth] = rightChild;
          stackGap[depth++] = rightGap;
          stack[depth] = leftChild;
          stackGap[depth++] = leftGap;
        } else {
          stack[depth] = leftChild;
          stackGap[depth++] = leftGap;
          stack[depth] = rightChild;
          stackGap[depth++] = rightGap;
        }
        continue;
      }
      for (let position = tree.start[node] as number; position < (tree.end[node] as number); position += 1) {
        const other = tree.order[position] as number;
        let sum = 0;
        for (let column = 0; column < dimensions; column += 1) {
          const difference =
            (values[point * dimensions + column] as number) - (values[other * dimensions + column] as number);
          sum += difference * difference;
        }
        if (heapSize < wanted) {
          heapSize = pushMax(heap, heapSize, sum);
        } else if (sum < (heap[0] as number)) {
          replaceMax(heap, heapSize, sum);
        }
      }
    }
    result[point] = Math.sqrt(heap[0] as number);
  }
  return result;
}

function pushMax(heap: Float64Array, size: number, value: number): number {
  let child = size;
  heap[child] = value;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if ((heap[parent] as number) >= value) break;
    heap[child] = heap[parent] as number;
    heap[parent] = value;
    child = parent;
  }
  return size + 1;
}

function replaceMax(heap: Float64Array, size: number, value: number): void {
  let parent = 0;
  heap[0] = value;
  for (;;) {
    const left = 2 * parent + 1;
    const right = left + 1;
    let largest = parent;
    if (left < size && (heap[left] as number) > (heap[largest] as number)) largest = left;
    if (right < size && (heap[right] as number) > (heap[largest] as number)) largest = right;
    if (largest === parent) return;
    heap[parent] = heap[largest] as number;
    heap[largest] = value;
    parent = largest;
  }
}
