// `navab batch run -- <command>`: only commands whose LLM calls defer cleanly are accepted (with the reason for the
// others), and every pass gets one run id.
import assert from "node:assert/strict";
import { test } from "node:test";
import { batchableCommand, withRunId } from "../../../../src/cli/batch-command-line.js";

test("statement stages and AJ evaluation are accepted; topics, conflicts and batch itself are refused", () => {
  assert.deepEqual(batchableCommand(["statements", "run", "--nation", "CN"]), ["statements", "run", "--nation", "CN"]);
  assert.deepEqual(batchableCommand(["eval", "--methods", "aj"]), ["eval", "run", "--methods", "aj"]);
  assert.throws(
    () => batchableCommand(["topics", "run"]),
    /'topics run' cannot run through the Batch API \(topic labels/,
  );
  assert.throws(() => batchableCommand(["conflicts", "run"]), /same-value/);
  assert.throws(() => batchableCommand(["batch", "run"]), /cannot wrap another/);
  assert.throws(() => batchableCommand(["export", "dpo"]), /it can wrap: statements run/);
});

test("a run id is added once and kept when given", () => {
  const added = withRunId(["extract", "statements"]);
  assert.match(added.runId, /^batch-\d{8}T\d{6}-[0-9a-f]{6}$/);
  assert.deepEqual(added.words, ["extract", "statements", "--run-id", added.runId]);
  assert.equal(withRunId(["build", "triples", "--run-id", "R1"]).runId, "R1");
  assert.equal(withRunId(["build", "triples", "--run-id=R2"]).runId, "R2");
});
