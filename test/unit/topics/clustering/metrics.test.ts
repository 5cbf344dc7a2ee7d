// ARI/NMI against values scikit-learn 1.9 gives for the same label arrays.
import assert from "node:assert/strict";
import { test } from "node:test";
import { adjustedRandIndex, normalizedMutualInformation } from "../../../../src/topics/clustering/metrics.js";
import { InputError } from "../../../../src/shared/errors.js";

const a = [0, 0, 1, 1, 2, 2, -1, -1, 0];
const b = [1, 1, 0, 0, 0, 2, 2, -1, 1];

test("ARI and NMI match scikit-learn on a mixed example", () => {
  assert.ok(Math.abs(adjustedRandIndex(a, b) - 0.53125) < 1e-12);
  assert.ok(Math.abs(normalizedMutualInformation(a, b) - 0.7483792998067811) < 1e-12);
});

test("renaming labels does not change the scores; symmetric", () => {
  const renamed = a.map((label) => (label + 5) * 3);
  assert.equal(adjustedRandIndex(a, renamed), 1);
  assert.ok(Math.abs(normalizedMutualInformation(a, renamed) - 1) < 1e-12);
  assert.equal(adjustedRandIndex(a, b), adjustedRandIndex(b, a));
});

test("degenerate partitions follow scikit-learn's conventions", () => {
  assert.equal(adjustedRandIndex([0, 0, 0], [1, 1, 1]), 1);
  assert.equal(normalizedMutualInformation([0, 0, 0], [1, 1, 1]), 1);
  assert.equal(adjustedRandIndex([0, 1, 2], [0, 0, 0]), 0);
  assert.equal(normalizedMutualInformation([0, 1, 2], [0, 0, 0]), 0);
});

test("arrays of different length are an InputError", () => {
  assert.throws(() => adjustedRandIndex([0, 1], [0]), InputError);
});
