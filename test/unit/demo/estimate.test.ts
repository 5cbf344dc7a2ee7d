// Time left in the demo: the remaining estimates scaled by the finished steps' pace, bounded.
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatMinutes, timeLeft } from "../../../src/demo/estimate.js";

test("time left follows the pace of the finished steps, within 0.5× and 4×", () => {
  const remaining = [{ estimate: 60 }, { estimate: 60 }];
  assert.equal(timeLeft(remaining, []), 120);
  assert.equal(timeLeft(remaining, [{ estimate: 100, seconds: 200 }]), 240);
  assert.equal(timeLeft(remaining, [{ estimate: 100, seconds: 1000 }]), 480);
  assert.equal(timeLeft(remaining, [{ estimate: 100, seconds: 1 }]), 60);
  assert.equal(timeLeft(remaining, [{ estimate: 50, seconds: 100 }]), 120, "too little finished work to judge");
  assert.equal(formatMinutes(42), "42 s");
  assert.equal(formatMinutes(150), "2.5 min");
});
