// Random-projection trees (Dasgupta & Freund 2008) as NN-descent's starting point, like pynndescent's forest:
// each node splits its points by the hyperplane between two random members (angular for cosine rows, through
// their midpoint for euclidean) until a leaf holds at most `leafSize` points; points of a leaf are likely
// neighbours. Trees live only while their leaves are visited (nothing is kept for queries).
import type { RandomSource } from "../../shared/seeded-random.js";

export interface ForestRequest {
  trees: number;
  leafSize: number;
  angular: boolean;
}

/** Calls `visit(order, start, end)` for every leaf of every tree; order[start..end) are the leaf's rows. */
export function forEachLeaf(
  values: Float32Array,
  count: number,
  width: number,
  request: ForestRequest,
  random: RandomSource,
  visit: (order: Int32Array, start: number, end: number) => void,
): void {
  const order = new Int32Array(count);
  const normal = new Float64Array(width);
  const side = new Uint8Array(count);
  for (let tree = 0; tree < request.trees; tree += 1) {
    for (let row = 0; row < count; row += 1) order[row] = row;
    const stack: number[] = [0, count];
    while (stack.length > 0) {
      const end = stack.pop() as number;
      const start = stack.pop() as number;
      if (end - start <= request.leafSize) {
        visit(order, start, end);
        continue;
      }
      const middle = split(values, width, order, start, end, normal, side, request.angular, random);
      stack.push(start, middle, middle, end);
    }
  }
}

/** Partitions order[start..end) by a random hyperplane; returns the first index of the right part. */
function split(
  values: Float32Array,
  width: number,
  order: Int32Array,
  start: number,
  end: number,
  normal: Float64Array,
  side: Uint8Array,
  angular: boolean,
  random: RandomSource,
): number {
  const span = end - start;
  const first = order[start + Math.floor(random() * span)] as number;
  let second = order[start + Math.floor(random() * (span - 1))] as number;
  if (second === first) second = order[end - 1] as number;
  let offset = 0;
  for (let column = 0; column < width; column += 1) {
    const a = values[first * width + column] as number;
    const b = values[second * width + column] as number;
    normal[column] = a - b;
    if (!angular) offset -= ((a - b) * (a + b)) / 2;
  }
  let left = 0;
  for (let position = start; position < end; position += 1) {
    const base = (order[position] as number) * width;
    let margin = offset;
    for (let column = 0; column < width; column += 1)
      margin += (normal[column] as number) * (values[base + column] as number);
    const goesLeft = Math.abs(margin) < 1e-8 ? random() < 0.5 : margin > 0;
    side[position] = goesLeft ? 1 : 0;
    if (goesLeft) left += 1;
  }
  // Identical points (or an all-zero normal) put everything on one side: split the range in half instead.
  if (left === 0 || left === span) return start + (span >> 1);
  let write = start;
  const right: number[] = [];
  for (let position = start; position < end; position += 1) {
    if (side[position] === 1) order[write++] = order[position] as number;
    else right.push(order[position] as number);
  }
  for (const row of right) order[write++] = row;
  return start + left;
}
