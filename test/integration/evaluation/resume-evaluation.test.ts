// Evaluation persists each scored item as it goes and resumes (issue 12.8): a run that fails part-way keeps the
// SCORED relations of the batches it finished, and its re-run scores only the rest, ending equal to an
// uninterrupted run; a re-run under the same id over fewer Triples leaves no stale SCORED relation.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { runEvaluation, type EvaluationInput } from "../../../src/evaluation/index.js";
import { itemJournalPath } from "../../../src/evaluation/results/item-journal.js";
import type { LogLikelihoodRequest } from "../../../src/models/likelihood/log-likelihood-scorer.js";
import { FakeLogLikelihoodScorer } from "../../../src/models/likelihood/fake-log-likelihood-scorer.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";

let executor: CypherExecutor;
let home: string;
const runId = uniqueRunId("evaluation-resume");
const [wholeId, resumedId, shrunkId] = [`${runId}-whole`, `${runId}-resumed`, `${runId}-shrunk`];

const prefersGood = (request: LogLikelihoodRequest, token: string): number => {
  if (request.context.includes("Is water wet")) return request.continuation.startsWith("My answer is yes") ? -0.5 : -3;
  return token.startsWith("good") ? -0.2 : -1.5 - (request.context.length % 7) / 10;
};

/** A scorer that fails on its `failOn`-th call (the canary is call 1). */
class FailingScorer extends FakeLogLikelihoodScorer {
  constructor(private readonly failOn: number) {
    super(prefersGood);
  }
  override async score(requests: readonly LogLikelihoodRequest[]) {
    if (this.calls.length + 1 === this.failOn) throw new Error("scorer lost its connection");
    return super.score(requests);
  }
}

const input = (id: string, nations?: string[]): EvaluationInput => ({
  runId: id,
  sets: ["graph"],
  methods: ["mc"],
  graphFilter: { tripleRunId: runId, ...(nations === undefined ? {} : { nations }) },
  model: { id: "fake-likelihood", sha256: "abc" },
  folders: { home, reference: "/unused" },
});
const options = { settings: { bootstrapResamples: 100, execution: { batchSize: 2 } } };
const scoredPerEvalRun = async (id: string) =>
  (await executor.read<{ variant: string; scored: number }>("evaluation/read-eval-runs", { runId: id })).map((row) => [
    row.variant,
    row.scored,
  ]);

before(async () => {
  executor = await openTestDatabase();
  home = await mkdtemp(join(tmpdir(), "navab-eval-resume-"));
  const rows = Array.from({ length: 8 }, (_unused, index) => ({
    tripleId: `${runId}-t${index}`,
    statementId: `${runId}-s${index}`,
    articleId: `${runId}-a${index}`,
    question: `Is policy ${index} good?`,
    statement: index % 3 === 0 ? `bad policy ${index}` : `good policy ${index}`,
    reverse: index % 3 === 0 ? `good policy ${index}` : `bad policy ${index}`,
    nation: index % 2 === 0 ? "CN" : "US",
    set: "quoted",
    status: "valid",
    conflictReduced: true,
  }));
  await executor.write("testing/evaluation/create-triples", { rows, runId });
});

after(async () => {
  await executor.write("testing/evaluation/delete-run", { runId, evaluationRunIds: [wholeId, resumedId, shrunkId] });
  await executor.close();
  await rm(home, { recursive: true, force: true });
});

test("a run failing part-way keeps its scored batches; its re-run scores only the rest and equals a whole run", async () => {
  const whole = await runEvaluation(input(wholeId), options, {
    executor,
    models: { scorer: new FakeLogLikelihoodScorer(prefersGood) },
  });
  await assert.rejects(
    runEvaluation(input(resumedId), options, { executor, models: { scorer: new FailingScorer(3) } }),
    /lost its connection/,
  );
  const kept = await scoredPerEvalRun(resumedId);
  assert.deepEqual(
    kept.find(([variant]) => variant === "perplexity"),
    ["perplexity", 2],
    "the first batch (2 items) was written before the failure",
  );

  const scorer = new FakeLogLikelihoodScorer(prefersGood);
  const resumed = await runEvaluation(input(resumedId), options, { executor, models: { scorer } });
  const scoredRequests = scorer.calls.slice(1).reduce((total, call) => total + call.length, 0);
  assert.equal(scoredRequests, 6 * 6, "only the 6 items not scored before are scored (6 requests each)");
  assert.deepEqual(resumed.multipleChoice, whole.multipleChoice);
  assert.deepEqual(resumed.table, whole.table);
  assert.deepEqual(await scoredPerEvalRun(resumedId), await scoredPerEvalRun(wholeId));
  assert.equal(existsSync(itemJournalPath(home, resumedId)), false, "the journal goes once the run is recorded");
});

test("a re-run under the same id over fewer Triples leaves no stale SCORED relation", async () => {
  const scorer = () => ({ executor, models: { scorer: new FakeLogLikelihoodScorer(prefersGood) } });
  await runEvaluation(input(shrunkId), options, scorer());
  assert.ok((await scoredPerEvalRun(shrunkId)).every(([, scored]) => scored === 8));
  const again = await runEvaluation(input(shrunkId, ["CN"]), options, scorer());
  assert.equal(again.items.length, 4);
  assert.deepEqual(
    (await scoredPerEvalRun(shrunkId)).map(([, scored]) => scored),
    [4, 4, 4, 4, 4],
    "only the CN Triples of the re-run are scored",
  );
});
