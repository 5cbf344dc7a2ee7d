// Table 3 on the real Neo4j (issue 15): graph Triples with a conflict run's decisions are exported once (both
// variants), two fake models are evaluated on the split's test items (`--split`), and `navab eval compare --json`
// pairs them: sharedItems equals each variant's test size, with a McNemar p-value and bootstrap intervals; the
// Table 3 block shows both runs beside the paper's Llama3.1-8b-Base numbers.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { runEvaluation } from "../../../src/evaluation/index.js";
import { exportDpo, readGraphPreferenceRows, readSplitManifest } from "../../../src/export/index.js";
import { FakeLogLikelihoodScorer } from "../../../src/models/likelihood/fake-log-likelihood-scorer.js";
import { loadSettings } from "../../../src/config/settings.js";
import { evaluationReportStep } from "../../../src/pipeline/evaluation.js";
import type { Session } from "../../../src/pipeline/session.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";

let executor: CypherExecutor;
let home: string;
const runId = uniqueRunId("table3");
const evaluationRunIds = [`${runId}-with-cr`, `${runId}-without-cr`];

/** A model that prefers "good" answers on items whose number is below `threshold` (and the fluent canary). */
const scorerUpTo = (threshold: number) =>
  new FakeLogLikelihoodScorer((request, token) => {
    if (request.context.includes("Is water wet"))
      return request.continuation.startsWith("My answer is yes") ? -0.5 : -3;
    const number = Number(/policy (\d+)/.exec(request.context)?.[1] ?? 0);
    const good = token.startsWith("good");
    return number < threshold === good ? -0.2 : -1.5;
  });

before(async () => {
  executor = await openTestDatabase();
  home = await mkdtemp(join(tmpdir(), "navab-table3-"));
  const rows = Array.from({ length: 60 }, (_unused, index) => ({
    tripleId: `${runId}-t${String(index).padStart(2, "0")}`,
    statementId: `${runId}-s${index}`,
    articleId: `${runId}-a${Math.floor(index / 3)}`,
    question: `Is policy ${index} good?`,
    statement: `good policy ${index}`,
    reverse: `bad policy ${index}`,
    nation: index % 2 === 0 ? "CN" : "US",
    set: "quoted",
    status: "valid",
    conflictReduced: index % 4 !== 0,
  }));
  await executor.write("testing/evaluation/create-triples", { rows, runId });
});

after(async () => {
  await executor.write("testing/evaluation/delete-run", { runId, evaluationRunIds });
  await executor.close();
  await rm(home, { recursive: true, force: true });
});

test("both variants share their test items; eval compare --json pairs two runs on exactly them", async () => {
  const rows = await readGraphPreferenceRows(executor, { tripleRunId: runId, conflictRunId: `${runId}:conflicts` });
  const folder = join(home, "dpo");
  await exportDpo({ rows, folder, formats: ["trl"], variants: ["all", "conflict-reduced"], runId, source: "test" });
  const manifest = await readSplitManifest(folder);
  const testSize = manifest.variants.all?.test ?? 0;
  assert.ok(testSize > 0);
  assert.equal(manifest.variants["conflict-reduced"]?.test, testSize);
  assert.ok((manifest.variants["conflict-reduced"]?.train ?? 0) < (manifest.variants.all?.train ?? 0));
  const trainArticles = new Set(manifest.articles.train);
  assert.ok(
    manifest.articles.test.every((article) => !trainArticles.has(article)),
    "no article on both sides",
  );
  for (const [index, evaluationRunId] of evaluationRunIds.entries())
    await runEvaluation(
      {
        runId: evaluationRunId,
        sets: ["graph"],
        methods: ["mc"],
        graphFilter: { tripleRunId: runId, conflictRunId: `${runId}:conflicts` },
        onlyItemIds: manifest.testItemIds,
        split: folder,
        model: { id: `fake-${index}` },
        folders: { home, reference: "/unused" },
      },
      { settings: { bootstrapResamples: 200 } },
      { executor, models: { scorer: scorerUpTo(index === 0 ? 60 : 30) } },
    );
  const table3 = join(home, "table3.html");
  const child = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/cli/main.ts",
      "eval",
      "compare",
      "--run",
      evaluationRunIds[0] as string,
      "--with",
      evaluationRunIds[1] as string,
      "--split",
      folder,
      "--table3",
      table3,
      "--json",
    ],
    { encoding: "utf8", env: { ...process.env, NAVAB_HOME: home } },
  );
  assert.equal(child.status, 0, child.stderr);
  const result = JSON.parse(child.stdout) as {
    sharedItems: number;
    testItems: number;
    metrics: {
      metric: string;
      items: number;
      first: { rate: number };
      difference: { low: number; high: number };
      mcnemar: { exactP: number; firstOnly: number; secondOnly: number };
    }[];
  };
  assert.equal(result.sharedItems, testSize, "sharedItems = the test size of each variant");
  assert.equal(result.testItems, testSize);
  const perplexity = result.metrics.find((entry) => entry.metric === "perplexity");
  assert.equal(perplexity?.items, testSize);
  assert.equal(perplexity?.first.rate, 1, "the first model prefers every statement");
  assert.equal(perplexity?.mcnemar.secondOnly, 0);
  assert.ok((perplexity?.mcnemar.firstOnly ?? 0) > 0, "the second model fails the items numbered 30 and above");
  assert.ok(perplexity !== undefined && perplexity.mcnemar.exactP > 0 && perplexity.mcnemar.exactP <= 1);
  assert.ok(perplexity !== undefined && perplexity.difference.low <= perplexity.difference.high);
  const html = await readFile(table3, "utf8");
  assert.match(html, /with CR \(navab, run/);
  assert.match(html, /without CR \(paper, Llama3\.1-8b-Base\)/);
  assert.match(html, /0\.515/, "the paper's quoted with-CR China MC");
  const session: Session = {
    settings: () => ({ ...loadSettings(), home }),
    withDatabase: (work) => work(executor, loadSettings()),
    progress: silentProgress,
    print: () => {},
    log: () => {},
  };
  const reportPath = await evaluationReportStep(session, {
    run: evaluationRunIds[0] as string,
    compare: evaluationRunIds[1] as string,
    split: folder,
    out: join(home, "report.html"),
  });
  const report = await readFile(reportPath, "utf8");
  assert.match(report, /<section class="navab-table3">/, "the evaluation report carries the Table 3 block");
  assert.match(report, new RegExp(`the ${testSize} shared test items`));
});
