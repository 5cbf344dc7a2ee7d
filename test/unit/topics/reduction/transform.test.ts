// UMAP transform of new points (umap-learn's transform): a copy of a fitted point lands at that point's place, new
// points of a planted cluster land inside it, the search index finds the true neighbours, results are seeded.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fitUmap, type ReductionOptions } from "../../../../src/topics/reduction/umap.js";
import { createTransformScratch, transformModel, transformPoint } from "../../../../src/topics/reduction/transform.js";
import { createScratch, searchNeighbors, queryDistance } from "../../../../src/topics/reduction/search-index.js";
import { neighborDescent } from "../../../../src/topics/reduction/neighbor-descent.js";
import { cosineRows } from "../../../../src/topics/reduction/row-distance.js";
import { buildSearchIndex } from "../../../../src/topics/reduction/search-index.js";
import { seededRandom } from "../../../../src/topics/reduction/seeded-random.js";
import { blobRows } from "./blob-rows.js";

const options: ReductionOptions = {
  dimensions: 5,
  neighbors: 15,
  minDistance: 0,
  metric: "cosine",
  seed: 42,
  epochs: 150,
};

function flat(rows: readonly Float32Array[]): Float32Array {
  const width = rows[0]?.length ?? 0;
  const values = new Float32Array(rows.length * width);
  rows.forEach((row, index) => values.set(row, index * width));
  return values;
}

function centroid(embedding: Float64Array, rows: number[], dimensions: number): number[] {
  return Array.from(
    { length: dimensions },
    (_, d) => rows.reduce((sum, row) => sum + (embedding[row * dimensions + d] as number), 0) / rows.length,
  );
}

const distance = (a: ArrayLike<number>, b: ArrayLike<number>): number =>
  Math.sqrt(
    Array.from({ length: a.length }, (_, d) => ((a[d] as number) - (b[d] as number)) ** 2).reduce((x, y) => x + y, 0),
  );

test("a copy of a fitted point lands at its embedding; new points of a planted cluster land inside it", async () => {
  const rows = blobRows(420, 24, 3, 5);
  const fitted = rows.slice(0, 300);
  const model = await fitUmap(fitted, options);
  const transform = transformModel(model, 120);
  const scratch = createTransformScratch(transform);
  const out = new Float64Array(5);
  // A copy of fitted point 7: starts at its embedding; the short optimisation keeps it among its own cluster.
  transformPoint(transform, flat([fitted[7] as Float32Array]), 0, 1000, out, 0, scratch);
  const own = model.embedding.slice(7 * 5, 8 * 5);
  const start = new Float64Array(5);
  transformPoint(transformModel(model, 120, 0), flat([fitted[7] as Float32Array]), 0, 1000, start, 0, scratch);
  assert.deepEqual(Array.from(start), Array.from(own), "strength 1 to point 7: starts exactly at its place");
  const members = (group: number): number[] =>
    Array.from({ length: 300 }, (_, row) => row).filter((row) => row % 3 === group);
  const centres = [0, 1, 2].map((group) => centroid(model.embedding, members(group), 5));
  const spread = Math.max(
    ...members(7 % 3).map((row) => distance(model.embedding.slice(row * 5, row * 5 + 5), centres[1] as number[])),
  );
  assert.ok(distance(out, own) < spread, `copy moved ${distance(out, own)} (cluster radius ${spread})`);
  // Held-out points: nearest cluster centre is their own.
  let inside = 0;
  for (let index = 300; index < 420; index += 1) {
    transformPoint(transform, flat([rows[index] as Float32Array]), 0, index, out, 0, scratch);
    const nearest = centres
      .map((centre) => distance(out, centre))
      .indexOf(Math.min(...centres.map((centre) => distance(out, centre))));
    if (nearest === index % 3) inside += 1;
  }
  assert.equal(inside, 120);
});

test("the same seed and point id give the same place, whatever else was transformed before", async () => {
  const rows = blobRows(330, 16, 3, 8);
  const model = await fitUmap(rows.slice(0, 300), options);
  const transform = transformModel(model, 30);
  const query = flat(rows.slice(300));
  const first = new Float64Array(30 * 5);
  const scratch = createTransformScratch(transform);
  for (let row = 0; row < 30; row += 1) transformPoint(transform, query, row * 16, 300 + row, first, row * 5, scratch);
  const second = new Float64Array(30 * 5);
  const other = createTransformScratch(transform);
  for (let row = 29; row >= 0; row -= 1) transformPoint(transform, query, row * 16, 300 + row, second, row * 5, other);
  assert.deepEqual(Array.from(second), Array.from(first));
  const shifted = new Float64Array(5);
  transformPoint(transform, query, 0, 999, shifted, 0, other);
  assert.notDeepEqual(Array.from(shifted), Array.from(first.slice(0, 5)), "another point id draws another stream");
});

test("the search index finds the exact nearest fitted rows of new points (recall ≥ 0.95)", () => {
  const rows = blobRows(5200, 32, 12, 3, 0.6);
  const fitted = flat(rows.slice(0, 5000));
  const graph = neighborDescent(fitted, 5000, 32, cosineRows, { neighbors: 15, angular: true }, seededRandom(1));
  const index = buildSearchIndex(fitted, 32, graph, true, seededRandom(2));
  const scratch = createScratch(index, 15);
  const queries = flat(rows.slice(5000));
  const random = seededRandom(3);
  let hits = 0;
  for (let query = 0; query < 200; query += 1) {
    const found = searchNeighbors(index, queries, query * 32, 15, 0.24, random, scratch);
    assert.equal(found, 15);
    const exact = Array.from({ length: 5000 }, (_, row) => ({
      row,
      value: queryDistance(index, queries, query * 32, row),
    }))
      .sort((a, b) => a.value - b.value)
      .slice(0, 15)
      .map((entry) => entry.row);
    const got = new Set(scratch.resultIndices);
    hits += exact.filter((row) => got.has(row)).length;
    for (let slot = 1; slot < 15; slot += 1)
      assert.ok((scratch.resultDistances[slot] as number) >= (scratch.resultDistances[slot - 1] as number));
  }
  assert.ok(hits / (200 * 15) >= 0.95, `recall ${hits / 3000}`);
});
