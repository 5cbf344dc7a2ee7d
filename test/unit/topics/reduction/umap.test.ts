// reduceDimensions: seeded and reproducible, keeps planted clusters apart, exact k-NN graph correct, clear errors.
import assert from "node:assert/strict";
import { test } from "node:test";
import { reduceDimensions, type ReductionOptions } from "../../../../src/topics/reduction/umap.js";
import { exactNeighbors } from "../../../../src/topics/reduction/exact-neighbors.js";
import { cosineRows } from "../../../../src/topics/reduction/row-distance.js";
import { seededRandom } from "../../../../src/topics/reduction/seeded-random.js";
import { hdbscan } from "../../../../src/topics/clustering/hdbscan.js";
import { adjustedRandIndex } from "../../../../src/topics/clustering/metrics.js";
import { InputError } from "../../../../src/shared/errors.js";

function blobs(count: number, width: number, seed: number): { vectors: Float32Array[]; truth: number[] } {
  const random = seededRandom(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centers = Array.from({ length: 3 }, () => Array.from({ length: width }, gauss));
  const truth = Array.from({ length: count }, (_, index) => index % 3);
  const vectors = truth.map((cluster) =>
    Float32Array.from(centers[cluster] as number[], (value) => value + 0.3 * gauss()),
  );
  return { vectors, truth };
}

const options: ReductionOptions = {
  dimensions: 5,
  neighbors: 15,
  minDistance: 0,
  metric: "cosine",
  seed: 42,
  epochs: 120,
};

test("same seed gives the same embedding; clusters survive the reduction", async () => {
  const { vectors, truth } = blobs(240, 32, 1);
  const first = await reduceDimensions(vectors, options);
  const second = await reduceDimensions(vectors, options);
  assert.equal(first.length, 240);
  assert.equal(first[0]?.length, 5);
  assert.deepEqual(
    first.map((row) => Array.from(row)),
    second.map((row) => Array.from(row)),
  );
  const other = await reduceDimensions(vectors, { ...options, seed: 7 });
  assert.notDeepEqual(
    first.map((row) => Array.from(row)),
    other.map((row) => Array.from(row)),
  );
  const clusters = hdbscan(first, { minClusterSize: 20 });
  assert.ok(adjustedRandIndex(clusters.labels, truth) > 0.95);
});

test("euclidean 2-d works too and reports progress", async () => {
  const { vectors } = blobs(120, 16, 2);
  const steps: string[] = [];
  const progress = { start: (step: string) => steps.push(step), update: () => {}, stop: () => {} };
  const plot = await reduceDimensions(
    vectors,
    { ...options, dimensions: 2, metric: "euclidean", epochs: 50 },
    progress,
  );
  assert.equal(plot[0]?.length, 2);
  assert.ok(plot.every((row) => row.every(Number.isFinite)));
  assert.deepEqual(steps, ["umap: neighbours", "umap: layout"]);
});

test("exact neighbours match a naive sort, self first", () => {
  const random = seededRandom(9);
  const count = 60;
  const width = 6;
  const values = new Float32Array(count * width);
  for (let row = 0; row < count; row += 1) {
    let norm = 0;
    for (let column = 0; column < width; column += 1) {
      const value = random() - 0.5;
      values[row * width + column] = value;
      norm += value * value;
    }
    for (let column = 0; column < width; column += 1)
      values[row * width + column] = (values[row * width + column] as number) / Math.sqrt(norm);
  }
  const graph = exactNeighbors(values, count, width, 5, cosineRows);
  for (let row = 0; row < count; row += 1) {
    const naive = Array.from({ length: count }, (_, other) => other)
      .filter((other) => other !== row)
      .sort((a, b) => cosineRows(values, row, a, width) - cosineRows(values, row, b, width))
      .slice(0, 4);
    assert.deepEqual(Array.from(graph.indices.subarray(row * 5, row * 5 + 5)), [row, ...naive]);
    assert.equal(graph.distances[row * 5], 0);
  }
});

test("bad input is an InputError", async () => {
  const { vectors } = blobs(30, 4, 3);
  await assert.rejects(reduceDimensions(vectors.slice(0, 10), options), InputError);
  await assert.rejects(reduceDimensions([...vectors.slice(0, 29), new Float32Array(3)], options), InputError);
  await assert.rejects(reduceDimensions([...vectors.slice(0, 29), new Float32Array(4)], options), InputError);
  await assert.rejects(reduceDimensions(vectors, { ...options, dimensions: 0 }), InputError);
  await assert.rejects(reduceDimensions(vectors, { ...options, metric: "manhattan" as "cosine" }), InputError);
});

test("approximate k-NN graph: high recall, reproducible", async () => {
  const { neighborGraph, EXACT_NEIGHBOR_LIMIT } = await import("../../../../src/topics/reduction/nearest-neighbors.js");
  const count = EXACT_NEIGHBOR_LIMIT + 200;
  const width = 8;
  const random = seededRandom(5);
  const rows = Array.from({ length: count }, () => Array.from({ length: width }, () => random()));
  const values = Float32Array.from(rows.flat());
  const request = { neighbors: 10, metric: "euclidean" as const, seed: 42 };
  const approximate = neighborGraph(values, width, request);
  const again = neighborGraph(values, width, request);
  const fresh = neighborGraph(values.slice(), width, request);
  assert.deepEqual(again, approximate);
  assert.deepEqual(fresh, approximate);
  const exact = exactNeighbors(values, count, width, 10, (data, a, b) =>
    Math.hypot(...rows[a]!.map((value, column) => value - data[b * width + column]!)),
  );
  let found = 0;
  for (let row = 0; row < count; row += 1) {
    const truth = new Set(exact.indices.subarray(row * 10, row * 10 + 10));
    found += Array.from(approximate.indices.subarray(row * 10, row * 10 + 10)).filter((index) =>
      truth.has(index),
    ).length;
    assert.equal(approximate.indices[row * 10], row);
  }
  assert.ok(found / (count * 10) > 0.9, `recall ${found / (count * 10)}`);
});

test("a second reduction of the same documents (the 2-d projection) reuses their k-NN and fuzzy graph", async () => {
  const { vectors } = blobs(90, 8, 4);
  let rowReads = 0;
  const counted = new Proxy(vectors, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^[1-9]\d*$/.test(key)) rowReads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const first = await reduceDimensions(counted, { ...options, epochs: 20 });
  const readsForFirst = rowReads;
  const projection = await reduceDimensions(counted, { ...options, dimensions: 2, epochs: 20 });
  assert.ok(readsForFirst >= 89, "the first reduction reads every row");
  assert.equal(rowReads, readsForFirst, "the second reduction read the rows again");
  assert.equal(projection[0]?.length, 2);
  const uncached = await reduceDimensions([...vectors], { ...options, epochs: 20 });
  assert.deepEqual(
    uncached.map((row) => Array.from(row)),
    first.map((row) => Array.from(row)),
  );
});
