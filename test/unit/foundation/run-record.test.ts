import assert from "node:assert/strict";
import { test } from "node:test";
import { configHash } from "../../../src/runs/run-record.js";

test("config hashes ignore key order but see every value", () => {
  assert.equal(configHash({ a: 1, b: { c: 2, d: 3 } }), configHash({ b: { d: 3, c: 2 }, a: 1 }));
  assert.notEqual(configHash({ a: 1 }), configHash({ a: 2 }));
  assert.match(configHash({}), /^[0-9a-f]{16}$/);
});
