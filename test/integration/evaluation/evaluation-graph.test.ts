// The evaluation and export stages on the real Neo4j: Triples of one test run are read, scored by a fake
// scorer, recorded as (:EvalRun)-[:SCORED]->(:Triple) with a (:Run), and exported as DPO rows with provenance.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { runEvaluation } from "../../../src/evaluation/index.js";
import { DPO_EXPORT_DEFAULTS, exportDpo, readGraphPreferenceRows, splitByArticle } from "../../../src/export/index.js";
import { FakeLogLikelihoodScorer } from "../../../src/models/likelihood/fake-log-likelihood-scorer.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";
import { assertSettingsRecorded } from "../../support/run-records.js";

let executor: CypherExecutor;
let home: string;
const runId = uniqueRunId("evaluation");
const evaluationRunId = `${runId}-eval`;

/** Prefers answers containing "good" (and the fluent canary), so the expected correct rate is known. */
const scorer = new FakeLogLikelihoodScorer((request, token) => {
  if (request.context.includes("Is water wet")) return request.continuation.startsWith("My answer is yes") ? -0.5 : -3;
  return token.startsWith("good") ? -0.2 : -1.5;
});

before(async () => {
  executor = await openTestDatabase();
  home = await mkdtemp(join(tmpdir(), "navab-eval-"));
  const rows = Array.from({ length: 6 }, (_unused, index) => ({
    tripleId: `${runId}-t${index}`,
    statementId: `${runId}-s${index}`,
    articleId: `${runId}-a${Math.floor(index / 2)}`,
    question: `Is policy ${index} good?`,
    statement: index < 4 ? `good policy ${index}` : `bad policy ${index}`,
    reverse: index < 4 ? `bad policy ${index}` : `good policy ${index}`,
    nation: index % 2 === 0 ? "CN" : "US",
    set: "quoted",
    status: index === 5 ? "flagged" : "valid",
    conflictReduced: index % 2 === 0,
  }));
  await executor.write("testing/evaluation/create-triples", { rows, runId });
});

after(async () => {
  await executor.write("testing/evaluation/delete-run", { runId, evaluationRunIds: [evaluationRunId] });
  await executor.close();
  await rm(home, { recursive: true, force: true });
});

test("MC over graph Triples writes a Run, EvalRuns and SCORED relations, skipping flagged triples", async () => {
  const record = await runEvaluation(
    {
      runId: evaluationRunId,
      sets: ["graph"],
      methods: ["mc"],
      graphFilter: { tripleRunId: runId, conflictRunId: `${runId}:conflicts` },
      model: { id: "fake-likelihood", sha256: "abc" },
      folders: { home, reference: "/unused" },
    },
    { settings: { bootstrapResamples: 200 } },
    { executor, models: { scorer } },
  );
  assert.equal(record.items.length, 5, "the flagged triple is not evaluated");
  await assertSettingsRecorded(executor, evaluationRunId, "evaluation");
  assert.equal(record.multipleChoice.filter((result) => result.correct.perplexity).length, 4);
  const evalRuns = await executor.read<{
    id: string;
    method: string;
    variant: string;
    scored: number;
    correct: number;
  }>("evaluation/read-eval-runs", { runId: evaluationRunId });
  const perplexity = evalRuns.find((row) => row.variant === "perplexity");
  assert.equal(evalRuns.length, 5);
  assert.deepEqual([perplexity?.method, perplexity?.scored, perplexity?.correct], ["mc", 5, 4]);
  const all = record.table.find(
    (row) => row.nation === "ALL" && row.metric === "perplexity" && row.conflictReduced === "all",
  );
  assert.equal(all?.rate, 0.8);
  const reduced = record.table.find(
    (row) => row.nation === "ALL" && row.metric === "perplexity" && row.conflictReduced === "reduced",
  );
  assert.equal(reduced?.n, 3, "the conflict run kept the three even triples (the flagged one is not evaluated)");
});

test("DPO rows from the graph keep statement and article provenance and split by article", async () => {
  const rows = await readGraphPreferenceRows(executor, { tripleRunId: runId, conflictRunId: `${runId}:conflicts` });
  assert.equal(rows.length, 5);
  assert.ok(rows.every((row) => row.articleId?.startsWith(`${runId}-a`) && row.statementId?.startsWith(`${runId}-s`)));
  const outputs = await exportDpo({
    rows,
    folder: join(home, "dpo"),
    formats: ["trl"],
    variants: ["all", "conflict-reduced"],
    runId: "x",
    source: "test",
  });
  // One split for both variants: the reduced one shares the test items and keeps only the kept training rows.
  const shared = splitByArticle(rows, DPO_EXPORT_DEFAULTS.trainShare, DPO_EXPORT_DEFAULTS.seed);
  const all = outputs.find((output) => output.variant === "all");
  const reduced = outputs.find((output) => output.variant === "conflict-reduced");
  assert.equal(reduced?.test, all?.test);
  assert.equal(reduced?.test, shared.test.length);
  assert.equal(reduced?.train, shared.train.filter((row) => row.conflictReduced === true).length);
  assert.equal(reduced?.validated, (reduced?.train ?? 0) + (reduced?.test ?? 0));
});
