// Every stage is declared once with a versioned settings file that loads and validates; overrides merge deeply and
// are validated; the settings hash ignores `execution` (how a stage runs, not what it produces).
import assert from "node:assert/strict";
import { test } from "node:test";
import { graphStage, reductionStage } from "../../../src/conflicts/index.js";
import { evaluationStage } from "../../../src/evaluation/index.js";
import { ingestStage } from "../../../src/ingest/ingest-sources.js";
import { mergeSettings, resolveSettings, settingsHash, type StageDefinition } from "../../../src/kernel/index.js";
import * as statements from "../../../src/statements/index.js";
import { topicsStage } from "../../../src/topics/stage/run-topics.js";

const stages: StageDefinition<never, unknown, unknown, never>[] = [
  ingestStage,
  topicsStage,
  statements.screeningStage,
  statements.extractionStage,
  statements.sourceJudgmentStage,
  statements.tripleStage,
  statements.importStage,
  graphStage,
  reductionStage,
  evaluationStage,
] as unknown as StageDefinition<never, unknown, unknown, never>[];

test("every stage has one name of the one scheme and a settings file that loads, validates and is versioned", () => {
  const names = stages.map((stage) => stage.name);
  assert.equal(new Set(names).size, names.length, "stage names are unique");
  for (const stage of stages) {
    assert.match(stage.name, /^[a-z]+(\.[a-z]+)?$/, `${stage.name}: <area> or <area>.<step>`);
    const resolved = resolveSettings(stage.name, stage.settings);
    assert.equal(resolved.version, `${stage.name}.v${stage.settings.version}`);
    assert.match(resolved.hash, /^[0-9a-f]{16}$/);
    assert.ok(["skip-done", "replace", "replay-same-settings"].includes(stage.resume));
  }
});

test("overrides merge deeply over the file, are validated, and name the stage when wrong", () => {
  const base = resolveSettings(graphStage.name, graphStage.settings).settings;
  const merged = resolveSettings(graphStage.name, graphStage.settings, { sameValue: { maxLlmChecks: 3 } }).settings;
  assert.equal(merged.sameValue.maxLlmChecks, 3);
  assert.equal(merged.sameValue.acceptThreshold, base.sameValue.acceptThreshold, "siblings are kept");
  assert.throws(
    () => resolveSettings(reductionStage.name, reductionStage.settings, { maxLength: 9 }),
    /conflicts\.reduce: invalid settings .*maxLength/,
  );
  assert.deepEqual(mergeSettings({ a: { b: 1, c: [1, 2] } }, { a: { c: [3] }, d: undefined }), {
    a: { b: 1, c: [3] },
    d: undefined,
  });
});

test("the settings hash sees every decisive setting but not `execution`", () => {
  const settings = { rounds: 5, execution: { backend: "memory" } };
  assert.equal(settingsHash(settings), settingsHash({ ...settings, execution: { backend: "cypher" } }));
  assert.notEqual(settingsHash(settings), settingsHash({ ...settings, rounds: 4 }));
});
