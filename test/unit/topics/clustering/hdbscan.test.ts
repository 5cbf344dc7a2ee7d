// HDBSCAN: parity with Python hdbscan 0.8.40 on a committed BBC fixture, planted-cluster recovery, the MST
// variants agreeing, the library's edge cases, and clear errors on bad input.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { hdbscan } from "../../../../src/topics/clustering/hdbscan.js";
import { buildKdTree } from "../../../../src/topics/clustering/kd-tree.js";
import { coreDistances } from "../../../../src/topics/clustering/core-distances.js";
import { adjustedRandIndex } from "../../../../src/topics/clustering/metrics.js";
import { toPointMatrix } from "../../../../src/topics/clustering/point-matrix.js";
import { spanningTree } from "../../../../src/topics/clustering/spanning-tree.js";
import { InputError } from "../../../../src/shared/errors.js";
import { plantedClusters } from "./planted-clusters.js";

interface Fixture {
  points: number[][];
  runs: Record<string, { labels: number[]; probabilities: number[] }>;
}
const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/bbc-600-hdbscan.json", import.meta.url), "utf8"),
) as Fixture;

for (const size of [10, 20, 50]) {
  test(`agrees with Python hdbscan on 600 BBC 5-d points, min_cluster_size ${size}`, () => {
    const result = hdbscan(fixture.points, { minClusterSize: size });
    for (const algorithm of ["best", "prims_kdtree"]) {
      const python = fixture.runs[`${size}/${algorithm}`];
      assert.ok(python);
      assert.equal(result.clusterCount, Math.max(...python.labels) + 1, algorithm);
      const ari = adjustedRandIndex(result.labels, python.labels);
      assert.ok(ari >= 0.99, `ARI ${ari} vs ${algorithm}`);
    }
    const python = fixture.runs[`${size}/prims_kdtree`] as Fixture["runs"][string];
    let close = 0;
    let both = 0;
    python.labels.forEach((label, index) => {
      if (label < 0 || (result.labels[index] as number) < 0) return;
      both += 1;
      if (Math.abs((python.probabilities[index] as number) - (result.probabilities[index] as number)) < 1e-5)
        close += 1;
    });
    assert.ok(close / both >= 0.95, `probabilities equal for ${close}/${both} points`);
  });
}

test("recovers planted clusters in synthetic 5-d data", () => {
  const { points, truth } = plantedClusters(11, 120);
  const result = hdbscan(points, { minClusterSize: 25 });
  assert.equal(result.clusterCount, 6);
  assert.ok(adjustedRandIndex(result.labels, truth) > 0.97);
  const noiseShare = result.labels.filter((label) => label < 0).length / points.length;
  assert.ok(noiseShare > 0.03 && noiseShare < 0.15, `noise share ${noiseShare}`);
  for (let index = 0; index < points.length; index += 1) {
    const probability = result.probabilities[index] as number;
    assert.ok(probability >= 0 && probability <= 1);
    if ((result.labels[index] as number) < 0) assert.equal(probability, 0);
  }
});

test("Prim and Borůvka spanning trees have identical sorted weights", () => {
  const matrix = toPointMatrix(plantedClusters(5, 150).points);
  const tree = buildKdTree(matrix);
  const core = coreDistances(tree, 10);
  const prim = spanningTree(tree, core, "prim");
  const boruvka = spanningTree(tree, core, "boruvka");
  assert.equal(boruvka.weight.length, matrix.count - 1);
  assert.deepEqual(Array.from(boruvka.weight), Array.from(prim.weight));
});

test("core distance is the distance to the min_samples-th other point, as the library", () => {
  const tree = buildKdTree(toPointMatrix([[0], [1], [3], [10], [10.5], [20]]));
  assert.deepEqual(Array.from(coreDistances(tree, 2)), [3, 2, 3, 7, 7.5, 10]);
});

test("leaf selection and allowSingleCluster behave as the library", () => {
  const { points } = plantedClusters(3, 80);
  const leaf = hdbscan(points, { minClusterSize: 15, clusterSelectionMethod: "leaf" });
  const eom = hdbscan(points, { minClusterSize: 15 });
  assert.ok(leaf.clusterCount >= eom.clusterCount);
  const blob = plantedClusters(4, 100).points.slice(0, 50);
  assert.equal(hdbscan(blob, { minClusterSize: 40 }).clusterCount, 0);
  const single = hdbscan(blob, { minClusterSize: 40, allowSingleCluster: true });
  assert.equal(single.clusterCount, 1);
});

test("duplicates, tiny inputs and bad options", () => {
  const duplicates = hdbscan(
    Array.from({ length: 30 }, (_, index) => (index < 15 ? [0, 0] : [5, 5])),
    { minClusterSize: 5 },
  );
  assert.equal(duplicates.clusterCount, 2);
  assert.deepEqual(Array.from(duplicates.probabilities), new Array(30).fill(1));
  assert.deepEqual(Array.from(hdbscan([], { minClusterSize: 5 }).labels), []);
  assert.deepEqual(Array.from(hdbscan([[1, 2]], { minClusterSize: 5 }).labels), [-1]);
  assert.throws(() => hdbscan([[1, 2], [3]], { minClusterSize: 5 }), InputError);
  assert.throws(() => hdbscan([[1, Number.NaN]], { minClusterSize: 5 }), InputError);
  assert.throws(() => hdbscan([[1, 2]], { minClusterSize: 1 }), InputError);
  assert.throws(() => hdbscan([[1, 2]], { minClusterSize: 5, minSamples: 0 }), InputError);
});
