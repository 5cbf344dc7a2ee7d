// Exact minimum spanning tree of the mutual-reachability graph by Borůvka's algorithm over the k-d tree (the
// idea of March, Ram & Gray 2010 and McInnes & Healy 2017, single-tree variant): each round, every component
// finds its lightest outgoing edge; searches skip k-d nodes wholly inside the component and nodes whose lower
// bound max(core(q), min core in node, box distance) cannot beat the component's best so far. Chosen edges join
// through a union-find (any minimal outgoing edge per component keeps the result an MST, ties included).
import { boxDistanceSquared, type KdTree } from "./kd-tree.js";
import { sortByWeight, type SpanningTree } from "./minimum-spanning-tree.js";

export function boruvkaSpanningTree(tree: KdTree, core: Float64Array): SpanningTree {
  const { count, dimensions, values } = tree.matrix;
  const parent = Int32Array.from({ length: count }, (_, index) => index);
  const find = (point: number): number => {
    let root = point;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[point] !== root) {
      const next = parent[point] as number;
      parent[point] = root;
      point = next;
    }
    return root;
  };
  const nodeMinimumCore = minimumCorePerNode(tree, core);
  const byCore = Int32Array.from({ length: count }, (_, index) => index).sort(
    (a, b) => (core[a] as number) - (core[b] as number),
  );
  const component = new Int32Array(count);
  const nodeComponent = new Int32Array(tree.nodeCount);
  const best = new Float64Array(count);
  const bestFrom = new Int32Array(count);
  const bestTo = new Int32Array(count);
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const stack = new Int32Array(tree.nodeCount + 64);
  while (from.length < count - 1) {
    for (let point = 0; point < count; point += 1) component[point] = find(point);
    labelNodes(tree, component, nodeComponent);
    best.fill(Infinity);
    for (const query of byCore) {
      const own = component[query] as number;
      const queryCore = core[query] as number;
      if (queryCore >= (best[own] as number)) continue;
      let depth = 0;
      stack[depth++] = 0;
      while (depth > 0) {
        const node = stack[--depth] as number;
        if (nodeComponent[node] === own) continue;
        const bound = best[own] as number;
        if ((nodeMinimumCore[node] as number) >= bound) continue;
        const gap = boxDistanceSquared(tree, node, query);
        if (gap >= bound * bound) continue;
        const leftChild = tree.left[node] as number;
        if (leftChild >= 0) {
          const rightChild = tree.right[node] as number;
          if (boxDistanceSquared(tree, leftChild, query) <= boxDistanceSquared(tree, rightChild, query)) {
            stack[depth++] = rightChild;
            stack[depth++] = leftChild;
          } else {
            stack[depth++] = leftChild;
            stack[depth++] = rightChild;
          }
          continue;
        }
        for (let position = tree.start[node] as number; position < (tree.end[node] as number); position += 1) {
          const other = tree.order[position] as number;
          if (component[other] === own) continue;
          const limit = best[own] as number;
          const otherCore = core[other] as number;
          if (otherCore >= limit) continue;
          let sum = 0;
          for (let column = 0; column < dimensions; column += 1) {
            const difference =
              (values[query * dimensions + column] as number) - (values[other * dimensions + column] as number);
            sum += difference * difference;
          }
          const reach = Math.max(Math.sqrt(sum), queryCore, otherCore);
          if (reach < limit) {
            best[own] = reach;
            bestFrom[own] = query;
            bestTo[own] = other;
          }
        }
      }
    }
    const before = from.length;
    for (let root = 0; root < count; root += 1) {
      if (component[root] !== root || !Number.isFinite(best[root] as number)) continue;
      const a = find(bestFrom[root] as number);
      const b = find(bestTo[root] as number);
      if (a === b) continue;
      parent[a] = b;
      from.push(bestFrom[root] as number);
      to.push(bestTo[root] as number);
      weight.push(best[root] as number);
    }
    if (from.length === before) break;
  }
  return sortByWeight({ from: Int32Array.from(from), to: Int32Array.from(to), weight: Float64Array.from(weight) });
}

/** Smallest core distance inside every node (children have larger ids than parents). */
function minimumCorePerNode(tree: KdTree, core: Float64Array): Float64Array {
  const result = new Float64Array(tree.nodeCount);
  for (let node = tree.nodeCount - 1; node >= 0; node -= 1) {
    const leftChild = tree.left[node] as number;
    if (leftChild >= 0) {
      result[node] = Math.min(result[leftChild] as number, result[tree.right[node] as number] as number);
      continue;
    }
    let minimum = Infinity;
    for (let position = tree.start[node] as number; position < (tree.end[node] as number); position += 1) {
      minimum = Math.min(minimum, core[tree.order[position] as number] as number);
    }
    result[node] = minimum;
  }
  return result;
}

/** The component shared by all points of a node, or −1 when they differ. */
function labelNodes(tree: KdTree, component: Int32Array, nodeComponent: Int32Array): void {
  for (let node = tree.nodeCount - 1; node >= 0; node -= 1) {
    const leftChild = tree.left[node] as number;
    if (leftChild >= 0) {
      const leftLabel = nodeComponent[leftChild] as number;
      nodeComponent[node] = leftLabel === nodeComponent[tree.right[node] as number] ? leftLabel : -1;
      continue;
    }
    let label = component[tree.order[tree.start[node] as number] as number] as number;
    for (let position = tree.start[node] as number; position < (tree.end[node] as number); position += 1) {
      if (component[tree.order[position] as number] !== label) {
        label = -1;
        break;
      }
    }
    nodeComponent[node] = label;
  }
}
