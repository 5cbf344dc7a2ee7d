import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveOptions } from "../../../src/topics/options.js";
import { clusterWithFallback } from "../../../src/topics/stage/build-topics.js";

function blob(centerX: number, centerY: number, count: number, spread: number, seed: number): Float64Array[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296 - 0.5;
  return Array.from({ length: count }, () => Float64Array.from([centerX + next() * spread, centerY + next() * spread]));
}

test("balanced clusters keep EOM selection", () => {
  const points = [...blob(0, 0, 40, 1, 1), ...blob(10, 0, 40, 1, 2), ...blob(0, 10, 40, 1, 3)];
  const result = clusterWithFallback(points, 10, resolveOptions());
  assert.equal(result.selection, "eom");
  assert.equal(result.fellBack, false);
  assert.equal(result.clustering.clusterCount, 3);
});

test("one cluster swallowing most documents switches to leaf selection and says so", () => {
  const points = [...blob(0, 0, 60, 4, 1), ...blob(2, 0, 60, 4, 5), ...blob(40, 40, 12, 0.5, 2)];
  const eomOnly = clusterWithFallback(points, 10, resolveOptions({ hdbscan: { maximumClusterShare: 1 } }));
  assert.equal(eomOnly.selection, "eom");
  const result = clusterWithFallback(points, 10, resolveOptions());
  const sizes = new Map<number, number>();
  for (const label of eomOnly.clustering.labels) if (label >= 0) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  assert.ok(Math.max(...sizes.values()) > 0.5 * points.length, `EOM makes one giant cluster: ${[...sizes.values()]}`);
  assert.equal(result.selection, "leaf");
  assert.equal(result.fellBack, true);
});
