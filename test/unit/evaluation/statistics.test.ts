// Bootstrap intervals and McNemar's test against values computed independently (scipy / exact binomial sums).
import assert from "node:assert/strict";
import { test } from "node:test";
import { bootstrapProportion } from "../../../src/evaluation/statistics/bootstrap.js";
import { mcnemar } from "../../../src/evaluation/statistics/mcnemar.js";

const outcomes = (correct: number, wrong: number): boolean[] => [
  ...Array<boolean>(correct).fill(true),
  ...Array<boolean>(wrong).fill(false),
];

test("McNemar: b=10, c=2 gives exact p = 158/4096 and continuity-corrected chi2 = 49/12 (p ≈ 0.0433)", () => {
  const first = [...outcomes(10, 2), true, true, false];
  const second = [...outcomes(0, 10), true, true, true, true, false];
  const result = mcnemar(first, second);
  assert.equal(result.firstOnly, 10);
  assert.equal(result.secondOnly, 2);
  assert.ok(Math.abs(result.exactP - 158 / 4096) < 1e-12);
  assert.ok(Math.abs(result.chiSquare - 49 / 12) < 1e-12);
  assert.ok(Math.abs(result.chiSquareP - 0.043308) < 1e-4, `chi2 p ${result.chiSquareP}`);
});

test("McNemar: identical runs have p = 1 and mismatched lengths are refused", () => {
  const result = mcnemar([true, false, true], [true, false, true]);
  assert.equal(result.exactP, 1);
  assert.equal(result.chiSquareP, 1);
  assert.throws(() => mcnemar([true], [true, false]), RangeError);
});

test("bootstrap: 70/100 gives an interval close to the normal approximation and replays with its seed", () => {
  const sample = outcomes(70, 30);
  const interval = bootstrapProportion(sample, { seed: 3 });
  assert.equal(interval.rate, 0.7);
  const halfWidth = 1.96 * Math.sqrt((0.7 * 0.3) / 100);
  assert.ok(Math.abs(interval.low - (0.7 - halfWidth)) < 0.03, `low ${interval.low}`);
  assert.ok(Math.abs(interval.high - (0.7 + halfWidth)) < 0.03, `high ${interval.high}`);
  assert.deepEqual(bootstrapProportion(sample, { seed: 3 }), interval);
  assert.notDeepEqual(bootstrapProportion(sample, { seed: 4 }), interval);
});

test("bootstrap: all-correct samples have a degenerate interval and empty samples NaN", () => {
  assert.deepEqual(bootstrapProportion(outcomes(5, 0)), { n: 5, correct: 5, rate: 1, low: 1, high: 1 });
  assert.ok(Number.isNaN(bootstrapProportion([]).rate));
});
