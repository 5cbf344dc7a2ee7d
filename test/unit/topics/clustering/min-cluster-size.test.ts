// The min_cluster_size scaling rule: clamp(round(n / 100), 10, paper value).
import assert from "node:assert/strict";
import { test } from "node:test";
import { scaledMinClusterSize } from "../../../../src/topics/clustering/min-cluster-size.js";
import { InputError } from "../../../../src/shared/errors.js";

test("scales with the corpus and stays between 10 and the paper's 200", () => {
  assert.equal(scaledMinClusterSize(300), 5);
  assert.equal(scaledMinClusterSize(79), 5);
  assert.equal(scaledMinClusterSize(500), 10);
  assert.equal(scaledMinClusterSize(2225), 22);
  assert.equal(scaledMinClusterSize(50_000), 200);
  assert.equal(scaledMinClusterSize(5_000_000), 200);
  assert.equal(scaledMinClusterSize(5000, 30), 30);
  assert.equal(scaledMinClusterSize(100, 5), 5);
});

test("rejects nonsense", () => {
  assert.throws(() => scaledMinClusterSize(-1), InputError);
  assert.throws(() => scaledMinClusterSize(100, 1), InputError);
});
