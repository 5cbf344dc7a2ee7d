// UMAP internals: the fuzzy simplicial set equals umap-js's on the same k-NN graph, NN-descent finds the true
// neighbours, the bounded heaps keep the k closest, and the layout gives the same bits in 1 or 2 threads.
import assert from "node:assert/strict";
import { test } from "node:test";
import { UMAP } from "umap-js";
import { exactNeighbors } from "../../../../src/topics/reduction/exact-neighbors.js";
import { fuzzySimplicialSet } from "../../../../src/topics/reduction/fuzzy-simplicial-set.js";
import { createLayout } from "../../../../src/topics/reduction/layout-setup.js";
import { neighborDescent } from "../../../../src/topics/reduction/neighbor-descent.js";
import { createHeaps, pushNeighbor, sortRows } from "../../../../src/topics/reduction/neighbor-heap.js";
import { optimizeLayout, workerCount } from "../../../../src/topics/reduction/optimize-layout.js";
import { seededStream } from "../../../../src/shared/seeded-random.js";
import { spectralStart } from "../../../../src/topics/reduction/spectral-start.js";
import { cosineRows, euclideanRows } from "../../../../src/topics/reduction/row-distance.js";
import { seededRandom } from "../../../../src/topics/reduction/seeded-random.js";

/** Unit rows around `groups` random centres. */
function clusteredRows(count: number, width: number, groups: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const centres = Array.from({ length: groups * width }, () => random() - 0.5);
  const values = new Float32Array(count * width);
  for (let row = 0; row < count; row += 1) {
    let norm = 0;
    for (let column = 0; column < width; column += 1) {
      const value = (centres[(row % groups) * width + column] as number) + 0.15 * (random() - 0.5);
      values[row * width + column] = value;
      norm += value * value;
    }
    for (let column = 0; column < width; column += 1)
      values[row * width + column] = (values[row * width + column] as number) / Math.sqrt(norm);
  }
  return values;
}

test("fuzzy simplicial set equals umap-js's on the same k-NN graph", () => {
  const count = 150;
  const k = 10;
  const values = clusteredRows(count, 6, 3, 4);
  const graph = exactNeighbors(values, count, 6, k, euclideanRows);
  const rows = (array: ArrayLike<number>): number[][] =>
    Array.from({ length: count }, (_, row) => Array.from(array).slice(row * k, (row + 1) * k));
  const reference = new UMAP({ nNeighbors: k });
  reference.setPrecomputedKNN(rows(graph.indices), rows(graph.distances));
  const expected = new Map<string, number>();
  const matrix = (
    reference as unknown as {
      fuzzySimplicialSet(X: unknown[], k: number): { getAll(): { row: number; col: number; value: number }[] };
    }
  ).fuzzySimplicialSet(new Array(count).fill([]), k);
  for (const entry of matrix.getAll()) if (entry.value > 0) expected.set(`${entry.row},${entry.col}`, entry.value);
  const edges = fuzzySimplicialSet(graph);
  assert.equal(edges.head.length, expected.size);
  edges.head.forEach((head, edge) => {
    const value = expected.get(`${head},${edges.tail[edge]}`);
    assert.ok(value !== undefined, `edge ${head}→${edges.tail[edge]} is not in umap-js's set`);
    assert.ok(Math.abs(value - (edges.weight[edge] as number)) < 1e-12);
    if (edge > 0)
      assert.ok(
        head > (edges.head[edge - 1] as number) || (edges.tail[edge] as number) > (edges.tail[edge - 1] as number),
      );
  });
});

test("NN-descent on cosine rows finds nearly all true neighbours, the point itself first", () => {
  const count = 1500;
  const width = 24;
  const values = clusteredRows(count, width, 12, 8);
  const approximate = neighborDescent(
    values,
    count,
    width,
    cosineRows,
    { neighbors: 10, angular: true },
    seededRandom(3),
  );
  const exact = exactNeighbors(values, count, width, 10, cosineRows);
  let found = 0;
  for (let row = 0; row < count; row += 1) {
    const truth = new Set(exact.indices.subarray(row * 10, row * 10 + 10));
    for (const index of approximate.indices.subarray(row * 10, row * 10 + 10)) if (truth.has(index)) found += 1;
    assert.equal(approximate.indices[row * 10], row);
    assert.equal(approximate.distances[row * 10], 0);
  }
  assert.ok(found / (count * 10) > 0.97, `recall ${found / (count * 10)}`);
});

test("a neighbour heap keeps the k closest distinct entries", () => {
  const heaps = createHeaps(2, 3);
  const pushes: [number, number][] = [
    [5, 0.5],
    [6, 0.2],
    [7, 0.9],
    [8, 0.1],
    [6, 0.2],
    [9, 0.7],
  ];
  const kept = pushes.map(([index, distance]) => pushNeighbor(heaps, 1, index, distance, 1));
  assert.deepEqual(kept, [1, 1, 1, 1, 0, 0]);
  sortRows(heaps);
  assert.deepEqual(Array.from(heaps.indices.subarray(3, 6)), [8, 6, 5]);
  assert.deepEqual(Array.from(heaps.indices.subarray(0, 3)), [-1, -1, -1]);
});

test("the layout gives the same bits in one thread and in two worker threads", async () => {
  const count = 400;
  const values = clusteredRows(count, 8, 4, 2);
  const edges = fuzzySimplicialSet(exactNeighbors(values, count, 8, 12, cosineRows));
  const single = createLayout(edges, 2, 30, 0, 42);
  const threaded = createLayout(edges, 2, 30, 0, 42);
  assert.deepEqual(Array.from(single.embedding), Array.from(threaded.embedding));
  await optimizeLayout(single, { threads: 1 });
  await optimizeLayout(threaded, { threads: 2, threadMinimum: 0 });
  assert.ok(single.embedding.every(Number.isFinite));
  assert.deepEqual(Array.from(threaded.embedding), Array.from(single.embedding));
  assert.notDeepEqual(Array.from(single.embedding), Array.from(createLayout(edges, 2, 30, 0, 42).embedding));
});

test("layout random streams: reproducible, distinct per stream, uniform in [0, 1)", () => {
  const draw = (seed: number, stream: number): number[] => {
    const random = seededStream(seed, stream);
    return Array.from({ length: 4000 }, () => random());
  };
  assert.deepEqual(draw(42, 0), draw(42, 0));
  const first = draw(42, 0);
  const second = draw(42, 1);
  assert.notDeepEqual(first, second);
  // Not a shifted copy: no window of 4 values of one stream appears in the other.
  const windows = new Set(first.slice(0, -3).map((_, index) => first.slice(index, index + 4).join()));
  assert.ok(second.slice(0, -3).every((_, index) => !windows.has(second.slice(index, index + 4).join())));
  assert.ok(first.every((value) => value >= 0 && value < 1));
  const mean = first.reduce((sum, value) => sum + value, 0) / first.length;
  assert.ok(Math.abs(mean - 0.5) < 0.02, `mean ${mean}`);
});

test("thread budgets map to 1, 2 or 4 workers, so every worker runs the same number of partitions", () => {
  assert.deepEqual([1, 2, 3, 4, 8].map(workerCount), [1, 2, 2, 4, 4]);
});

test("the spectral start separates two weakly joined groups along its first coordinate", () => {
  const head: number[] = [];
  const tail: number[] = [];
  const weight: number[] = [];
  const link = (a: number, b: number, value: number): void => {
    head.push(a, b);
    tail.push(b, a);
    weight.push(value, value);
  };
  for (let a = 0; a < 40; a += 1)
    for (let b = a + 1; b < 40; b += 1) if (Math.floor(a / 20) === Math.floor(b / 20)) link(a, b, 1);
  link(0, 20, 0.05);
  const start = spectralStart(
    { head: Int32Array.from(head), tail: Int32Array.from(tail), weight: Float64Array.from(weight) },
    40,
    2,
    seededRandom(1),
  );
  const first = Array.from({ length: 40 }, (_, vertex) => start[vertex * 2] as number);
  const left = first.slice(0, 20);
  const right = first.slice(20);
  const separated = Math.max(...left) < Math.min(...right) || Math.max(...right) < Math.min(...left);
  assert.ok(
    separated,
    `first coordinate does not split the groups: ${first.map((value) => value.toFixed(3)).join(" ")}`,
  );
});
