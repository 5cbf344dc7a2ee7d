// HDBSCAN approximate prediction (hdbscan's approximate_predict): held-out points of well-separated planted
// clusters get the labels the full fit gives them, probabilities stay in [0, 1], far-away noise stays noise, a copy
// of a fitted point gets that point's label, and a fit without clusters predicts noise.
import assert from "node:assert/strict";
import { test } from "node:test";
import { approximatePredict, createPredictScratch } from "../../../../src/topics/clustering/approximate-predict.js";
import { fitHdbscan, hdbscan } from "../../../../src/topics/clustering/hdbscan.js";
import { adjustedRandIndex } from "../../../../src/topics/clustering/metrics.js";
import { predictionData } from "../../../../src/topics/clustering/prediction-data.js";
import { createKdQueryScratch, nearestInTree } from "../../../../src/topics/clustering/kd-query.js";
import { buildKdTree } from "../../../../src/topics/clustering/kd-tree.js";
import { toPointMatrix } from "../../../../src/topics/clustering/point-matrix.js";
import { seededRandom } from "../../../../src/topics/reduction/seeded-random.js";
import { plantedClusters } from "./planted-clusters.js";

function split(seed: number): { fitted: number[][]; held: number[][]; heldPositions: number[]; points: number[][] } {
  const { points } = plantedClusters(seed, 150);
  const random = seededRandom(seed + 100);
  const fitted: number[][] = [];
  const held: number[][] = [];
  const heldPositions: number[] = [];
  points.forEach((point, position) => {
    if (random() < 0.25) {
      held.push(point);
      heldPositions.push(position);
    } else fitted.push(point);
  });
  return { fitted, held, heldPositions, points };
}

test("held-out points get the full fit's labels; probabilities in [0, 1]; a copy of a fitted point keeps its label", () => {
  const { fitted, held, heldPositions, points } = split(7);
  const full = hdbscan(points, { minClusterSize: 20 });
  const { result, fit } = fitHdbscan(fitted, { minClusterSize: 20 });
  assert.ok(fit !== undefined);
  const data = predictionData(fit);
  const scratch = createPredictScratch(data);
  const predicted = held.map((point) => approximatePredict(data, Float64Array.from(point), 0, scratch));
  const expected = heldPositions.map((position) => full.labels[position] as number);
  const agreement = adjustedRandIndex(
    predicted.map((entry) => entry.label),
    expected,
  );
  assert.ok(agreement >= 0.95, `ARI vs the full fit on held-out points: ${agreement}`);
  assert.ok(predicted.every((entry) => entry.probability >= 0 && entry.probability <= 1));
  assert.ok(predicted.every((entry) => entry.label < 0 === (entry.probability === 0)));
  assert.ok(
    predicted.some((entry) => entry.probability > 0 && entry.probability < 1),
    "probabilities are graded",
  );
  let same = 0;
  let clustered = 0;
  fitted.forEach((point, index) => {
    if ((result.labels[index] as number) < 0) return;
    clustered += 1;
    if (approximatePredict(data, Float64Array.from(point), 0, scratch).label === result.labels[index]) same += 1;
  });
  assert.ok(same / clustered >= 0.99, `copies of clustered fitted points keep their label: ${same}/${clustered}`);
});

test("noise stays noise: points far from every cluster are labelled −1 with probability 0", () => {
  const { fitted } = split(3);
  const { fit } = fitHdbscan(fitted, { minClusterSize: 20 });
  assert.ok(fit !== undefined);
  const data = predictionData(fit);
  const scratch = createPredictScratch(data);
  for (const far of [
    [500, 500, 500, 500, 500],
    [-300, 20, 20, 20, 20],
  ]) {
    assert.deepEqual(approximatePredict(data, Float64Array.from(far), 0, scratch), { label: -1, probability: 0 });
  }
});

test("a fit without clusters predicts noise", () => {
  const random = seededRandom(4);
  const uniform = Array.from({ length: 40 }, () => [random(), random()]);
  const { result, fit } = fitHdbscan(uniform, { minClusterSize: 30 });
  assert.equal(result.clusterCount, 0);
  assert.ok(fit !== undefined);
  const data = predictionData(fit);
  assert.deepEqual(approximatePredict(data, Float64Array.from([0.5, 0.5]), 0, createPredictScratch(data)), {
    label: -1,
    probability: 0,
  });
});

test("k-d tree queries of outside points return the exact k nearest, ascending", () => {
  const random = seededRandom(11);
  const points = Array.from({ length: 700 }, () => Array.from({ length: 3 }, () => random() * 10));
  const tree = buildKdTree(toPointMatrix(points));
  const scratch = createKdQueryScratch(tree);
  const indices = new Int32Array(12);
  const distances = new Float64Array(12);
  for (let query = 0; query < 30; query += 1) {
    const point = Float64Array.from({ length: 3 }, () => random() * 12 - 1);
    assert.equal(nearestInTree(tree, point, 0, 12, indices, distances, scratch), 12);
    const exact = points
      .map((other, index) => ({ index, value: Math.hypot(...other.map((value, d) => value - (point[d] as number))) }))
      .sort((a, b) => a.value - b.value || a.index - b.index)
      .slice(0, 12);
    assert.deepEqual(
      Array.from(indices),
      exact.map((entry) => entry.index),
    );
    exact.forEach((entry, slot) => assert.ok(Math.abs(entry.value - (distances[slot] as number)) < 1e-9));
  }
});
