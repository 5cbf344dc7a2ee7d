// One random-projection tree kept for queries (pynndescent keeps a search tree for the same purpose): a new point
// descends it by the sign of its margin at each node and starts its graph search from the fitted rows of the leaf
// it reaches. Hyperplanes as random-projection-forest.ts draws them (between two random members; through the
// origin for cosine rows, through their midpoint for euclidean), stored flat: node n's normal is
// normals[n·width ..], its offset offsets[n]; children[2n], children[2n+1] (−1 for a leaf); leaves own
// order[start[n] .. end[n]).
import type { RandomSource } from "../../shared/seeded-random.js";

export interface SearchTree {
  width: number;
  normals: Float32Array;
  offsets: Float64Array;
  children: Int32Array;
  start: Int32Array;
  end: Int32Array;
  order: Int32Array;
}

export function buildSearchTree(
  values: Float32Array,
  count: number,
  width: number,
  leafSize: number,
  angular: boolean,
  random: RandomSource,
): SearchTree {
  const order = Int32Array.from({ length: count }, (_, row) => row);
  const nodes = Math.max(1, 2 * Math.ceil(count / Math.max(1, leafSize / 2)) + 1);
  const normals = new Float32Array(nodes * width);
  const offsets = new Float64Array(nodes);
  const children = new Int32Array(2 * nodes).fill(-1);
  const start = new Int32Array(nodes);
  const end = new Int32Array(nodes);
  let used = 1;
  start[0] = 0;
  end[0] = count;
  const stack = [0];
  const side = new Uint8Array(count);
  while (stack.length > 0) {
    const node = stack.pop() as number;
    const from = start[node] as number;
    const to = end[node] as number;
    if (to - from <= leafSize || used + 2 > nodes) continue;
    const first = order[from + Math.floor(random() * (to - from))] as number;
    let second = order[from + Math.floor(random() * (to - from - 1))] as number;
    if (second === first) second = order[to - 1] as number;
    let offset = 0;
    for (let column = 0; column < width; column += 1) {
      const a = values[first * width + column] as number;
      const b = values[second * width + column] as number;
      normals[node * width + column] = a - b;
      if (!angular) offset -= ((a - b) * (a + b)) / 2;
    }
    offsets[node] = offset;
    let left = 0;
    for (let position = from; position < to; position += 1) {
      const goesLeft = margin(values, (order[position] as number) * width, node, normals, offset, width) > 0;
      side[position] = goesLeft ? 1 : 0;
      if (goesLeft) left += 1;
    }
    // A hyperplane that does not split (identical rows) leaves the node a leaf.
    if (left === 0 || left === to - from) continue;
    const right: number[] = [];
    let write = from;
    for (let position = from; position < to; position += 1) {
      if (side[position] === 1) order[write++] = order[position] as number;
      else right.push(order[position] as number);
    }
    for (const row of right) order[write++] = row;
    const leftNode = used;
    const rightNode = used + 1;
    used += 2;
    children[2 * node] = leftNode;
    children[2 * node + 1] = rightNode;
    start[leftNode] = from;
    end[leftNode] = from + left;
    start[rightNode] = from + left;
    end[rightNode] = to;
    stack.push(leftNode, rightNode);
  }
  return { width, normals, offsets, children, start, end, order };
}

/** The leaf a point (row `base / width` of `values`) falls in. */
export function searchLeaf(tree: SearchTree, values: Float32Array | Float64Array, base: number): number {
  let node = 0;
  while ((tree.children[2 * node] as number) >= 0) {
    const goesLeft = margin(values, base, node, tree.normals, tree.offsets[node] as number, tree.width) > 0;
    node = tree.children[2 * node + (goesLeft ? 0 : 1)] as number;
  }
  return node;
}

function margin(
  values: Float32Array | Float64Array,
  base: number,
  node: number,
  normals: Float32Array,
  offset: number,
  width: number,
): number {
  let sum = offset;
  const normalBase = node * width;
  for (let column = 0; column < width; column += 1)
    sum += (normals[normalBase + column] as number) * (values[base + column] as number);
  return sum;
}
