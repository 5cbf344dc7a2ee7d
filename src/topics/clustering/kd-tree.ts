// A k-d tree over a PointMatrix for exact k-nearest-neighbour queries (Bentley 1975; Friedman, Bentley & Finkel
// 1977), as hdbscan uses sklearn's KDTree for core distances. Leaves hold index ranges of a permuted index array.
import type { PointMatrix } from "./point-matrix.js";

export interface KdTree {
  readonly matrix: PointMatrix;
  /** Point indices, permuted so every node owns the contiguous range [start, end). */
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Child node ids, -1 for leaves. */
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Bounding boxes, nodeCount × dimensions each. */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly nodeCount: number;
}

const LEAF_SIZE = 16;

/** Builds the tree by splitting each node at the median of its widest dimension. */
export function buildKdTree(matrix: PointMatrix): KdTree {
  const { count, dimensions, values } = matrix;
  const maximumNodes = Math.max(1, 2 * Math.ceil(count / (LEAF_SIZE / 2)) + 1);
  const order = Int32Array.from({ length: count }, (_, index) => index);
  const start = new Int32Array(maximumNodes);
  const end = new Int32Array(maximumNodes);
  const left = new Int32Array(maximumNodes).fill(-1);
  const right = new Int32Array(maximumNodes).fill(-1);
  const lower = new Float64Array(maximumNodes * dimensions);
  const upper = new Float64Array(maximumNodes * dimensions);
  let nodeCount = 0;
  const stack: number[] = [];
  const newNode = (from: number, to: number): number => {
    const node = nodeCount;
    nodeCount += 1;
    start[node] = from;
    end[node] = to;
    for (let column = 0; column < dimensions; column += 1) {
      let minimum = Infinity;
      let maximum = -Infinity;
      for (let position = from; position < to; position += 1) {
        const value = values[(order[position] as number) * dimensions + column] as number;
        if (value < minimum) minimum = value;
        if (value > maximum) maximum = value;
      }
      lower[node * dimensions + column] = minimum;
      upper[node * dimensions + column] = maximum;
    }
    stack.push(node);
    return node;
  };
  newNode(0, count);
  while (stack.length > 0) {
    const node = stack.pop() as number;
    const from = start[node] as number;
    const to = end[node] as number;
    if (to - from <= LEAF_SIZE) continue;
    let splitColumn = 0;
    let widest = -1;
    for (let column = 0; column < dimensions; column += 1) {
      const width = (upper[node * dimensions + column] as number) - (lower[node * dimensions + column] as number);
      if (width > widest) {
        widest = width;
        splitColumn = column;
      }
    }
    if (widest <= 0) continue;
    const middle = (from + to) >> 1;
    selectNth(order, from, to - 1, middle, (index) => values[index * dimensions + splitColumn] as number);
    left[node] = newNode(from, middle);
    right[node] = newNode(middle, to);
  }
  return { matrix, order, start, end, left, right, lower, upper, nodeCount };
}

/** Squared distance from row `point` to the bounding box of `node`. */
export function boxDistanceSquared(tree: KdTree, node: number, point: number): number {
  const { dimensions, values } = tree.matrix;
  let sum = 0;
  for (let column = 0; column < dimensions; column += 1) {
    const value = values[point * dimensions + column] as number;
    const low = tree.lower[node * dimensions + column] as number;
    const high = tree.upper[node * dimensions + column] as number;
    const gap = value < low ? low - value : value > high ? value - high : 0;
    sum += gap * gap;
  }
  return sum;
}

/** Hoare quickselect: afterwards order[nth] has the nth smallest key in [from, to]. */
function selectNth(order: Int32Array, from: number, to: number, nth: number, key: (index: number) => number): void {
  let low = from;
  let high = to;
  while (high > low) {
    const pivot = key(order[(low + high) >> 1] as number);
    let i = low;
    let j = high;
    while (i <= j) {
      while (key(order[i] as number) < pivot) i += 1;
      while (key(order[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swap = order[i] as number;
        order[i] = order[j] as number;
        order[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (nth <= j) high = j;
    else if (nth >= i) low = i;
    else return;
  }
}
