import assert from "node:assert/strict";
import { test } from "node:test";
import { neighbourhoodSample, spreadSample } from "../../../src/topics/instag/sample-outliers.js";
import { resolveOptions } from "../../../src/topics/options.js";

test("InsTag's outlier sample is spread evenly, deterministic, and whole when no cap applies", () => {
  const items = Array.from({ length: 10 }, (_, index) => index);
  assert.deepEqual(spreadSample(items, 4), [0, 2, 5, 7]);
  assert.deepEqual(spreadSample(items, 4), spreadSample(items, 4));
  assert.deepEqual(spreadSample(items, undefined), items);
  assert.deepEqual(spreadSample(items, 50), items);
});

test("the InsTag cap is an option merged over the versioned defaults and validated", () => {
  assert.equal(resolveOptions({ instag: { maximumDocuments: 24 } }).instag.maximumDocuments, 24);
  assert.equal(resolveOptions({ instag: { maximumDocuments: 24 } }).instag.enabled, true);
  assert.throws(() => resolveOptions({ instag: { maximumDocuments: 0 } }));
});

test("a neighbourhood sample takes spread seeds, each followed by its nearest untried outliers", () => {
  const vectors = [0, 0.1, 5, 5.2, 9, 9.1, 2, 7].map((angle) => Float32Array.of(Math.cos(angle), Math.sin(angle)));
  const untried = [0, 1, 2, 3, 4, 5, 6, 7];
  assert.deepEqual(neighbourhoodSample(untried, 4, vectors, 1), [0, 1, 4, 5]);
  assert.deepEqual(neighbourhoodSample(untried, 3, vectors, 0), spreadSample(untried, 3));
  assert.deepEqual(neighbourhoodSample([2, 3], 4, vectors, 1), [2, 3], "fewer untried than the size: all of them");
});
