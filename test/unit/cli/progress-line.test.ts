// The line a stage leaves in a pipe: items of the total, seconds and rate; no "0/1" for stages that count nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { stageLine } from "../../../src/cli/progress-bar.js";

test("a stage's pipe line says done of total, seconds and rate", () => {
  assert.equal(stageLine("umap layout", 500, 500, 12.5), "umap layout: 500/500 in 12.5 s (40/s)");
  assert.equal(stageLine("screen topics", 3, 4, 12), "screen topics: 3/4 in 12.0 s (0.25/s)");
  assert.equal(stageLine("persist", 0, 1, 3.94), "persist: done in 3.9 s");
  assert.equal(stageLine("assign", 1768, 1, 39.5), "assign: 1768 in 39.5 s (45/s)");
});
