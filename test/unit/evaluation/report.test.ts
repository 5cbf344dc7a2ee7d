// Results table grouping and the self-contained HTML report (inline SVG, the paper's Table 2, McNemar section).
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { readPaperTable } from "../../../src/evaluation/report/paper-table.js";
import { renderHtmlReport } from "../../../src/evaluation/report/html-report.js";
import { compareRuns } from "../../../src/evaluation/results/compare-runs.js";
import { resultsTable } from "../../../src/evaluation/results/results-table.js";
import type { EvaluationRunRecord } from "../../../src/evaluation/results/run-record-file.js";
import type { MultipleChoiceItemResult } from "../../../src/evaluation/multiple-choice/evaluate-multiple-choice.js";
import { item } from "../../fixtures/evaluation/items.js";

const score = { logLikelihood: -1, tokenCount: 1, characters: 1 };
function mcResult(itemId: string, correct: boolean): MultipleChoiceItemResult {
  const pair = { statement: score, reverse: score };
  return {
    itemId,
    paper: pair,
    listedForward: pair,
    listedSwapped: pair,
    correct: { perplexity: correct, sum: correct, normalized: correct, listedForward: true, listedSwapped: correct },
    orderConsistent: correct,
  };
}

const items = [
  item("a", "s", "r", { nation: "CN", conflictReduced: true }),
  item("b", "s", "r", { nation: "CN", conflictReduced: false }),
  item("c", "s", "r", { nation: "US", conflictReduced: true }),
  item("d", "s", "r", { nation: "US", set: "official" }),
];

function record(runId: string, correct: boolean[]): EvaluationRunRecord {
  const multipleChoice = items.map((entry, index) => mcResult(entry.id, correct[index] ?? false));
  const answerJudgment = items.map((entry, index) => ({
    itemId: entry.id,
    answer: "x",
    statementPosition: "A" as const,
    verdict: "A" as const,
    reason: "r",
    correct: index % 2 === 0,
  }));
  return {
    runId,
    startedAt: "",
    finishedAt: "",
    model: { id: "fake <model>" },
    judge: { id: "judge" },
    config: {},
    versions: { multipleChoicePrompt: "mc-v1" },
    seed: 1,
    throughput: { multipleChoiceSeconds: 2, itemsPerSecond: 2, scoredTokensPerSecond: 10 },
    items,
    multipleChoice,
    answerJudgment,
    table: resultsTable(items, multipleChoice, answerJudgment, { resamples: 200 }),
  };
}

test("the table has per-nation, all-nation and conflict-reduction rows per set, method and metric", () => {
  const table = record("r1", [true, false, true, true]).table;
  const find = (nation: string, set: string, metric: string, split = "all") =>
    table.find(
      (row) => row.nation === nation && row.set === set && row.metric === metric && row.conflictReduced === split,
    );
  assert.equal(find("CN", "quoted", "perplexity")?.rate, 0.5);
  assert.equal(find("ALL", "quoted", "perplexity")?.n, 3);
  assert.equal(find("ALL", "quoted", "perplexity", "reduced")?.rate, 1);
  assert.equal(find("ALL", "quoted", "perplexity", "not-reduced")?.rate, 0);
  assert.equal(find("US", "official", "judge")?.rate, 0);
  assert.equal(find("ALL", "quoted", "orderConsistency")?.correct, 2);
  assert.equal(find("ALL", "quoted", "judgePicksA")?.rate, 1, "the fake judge always answers A");
  assert.equal(
    find("ALL", "official", "perplexity", "reduced"),
    undefined,
    "unknown reduction flags make no split rows",
  );
});

test("the HTML report is self-contained, escapes text, and shows the paper's numbers and the McNemar comparison", async () => {
  const paper = await readPaperTable(loadSettings().reference);
  assert.equal(paper.length, 20);
  assert.equal(paper[0]?.scores.CN?.mc, 0.515);
  const first = record("r1", [true, false, true, true]);
  const second = record("r2", [false, false, false, true]);
  const html = renderHtmlReport(first, paper, { runId: "r2", result: compareRuns(first, second) });
  assert.ok(!/<script|https?:\/\/(?!www\.w3\.org)/.test(html), "no scripts, no remote resources");
  assert.ok((html.match(/<svg/g) ?? []).length === 5, "3 charts for quoted, 2 for official (no reduction flags)");
  assert.match(html, /fake &lt;model&gt;/);
  assert.match(html, /Llama3\.1-8b/);
  assert.match(html, /McNemar/);
  const comparison = compareRuns(first, second).find((entry) => entry.metric === "perplexity");
  assert.deepEqual([comparison?.firstOnly, comparison?.secondOnly, comparison?.items], [2, 0, 4]);
});
