import assert from "node:assert/strict";
import { test } from "node:test";
import { spreadSample } from "../../../src/topics/instag/spread-sample.js";
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
