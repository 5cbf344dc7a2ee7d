// The paired Table 3 comparison: only the split's test items are paired, missing items are counted, the paired
// bootstrap interval covers the observed difference, and the Table 3 block carries the paper's numbers.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { EvaluationRunRecord } from "../../../src/evaluation/index.js";
import {
  comparePaired,
  pairedBootstrapDifference,
  parsePaperTable3,
  renderTable3Block,
  table3Cells,
} from "../../../src/experiments/index.js";

const bootstrap = { resamples: 500, confidence: 0.95, seed: 3 };

function record(runId: string, correct: (index: number) => boolean, count = 20): EvaluationRunRecord {
  const items = Array.from({ length: count }, (_unused, index) => ({
    id: `i${index}`,
    source: "graph" as const,
    question: "q",
    statement: "s",
    reverseStatement: "r",
    nation: index % 2 ? "US" : "CN",
    set: "quoted",
    language: "en",
    conflictReduced: null,
    articleId: `a${index}`,
    statementId: null,
  }));
  const outcome = (value: boolean) => ({
    perplexity: value,
    sum: value,
    normalized: value,
    listedForward: value,
    listedSwapped: value,
  });
  return {
    runId,
    items,
    multipleChoice: items.map((item, index) => ({ itemId: item.id, correct: outcome(correct(index)) })),
    answerJudgment: [],
  } as unknown as EvaluationRunRecord;
}

test("pairs only the split's test items and counts the ones a run did not score", () => {
  const first = record("a", () => true);
  const second = record("b", (index) => index < 10, 16);
  const testItemIds = ["i0", "i1", "i12", "i13", "i14", "i15", "i16", "i17"];
  const result = comparePaired(first, second, { ...bootstrap, testItemIds });
  assert.equal(result.sharedItems, 6);
  assert.deepEqual(result.missing, { first: 0, second: 2 });
  const perplexity = result.metrics.find((entry) => entry.metric === "perplexity");
  assert.equal(perplexity?.items, 6);
  assert.equal(perplexity?.mcnemar.firstOnly, 4);
  assert.equal(perplexity?.mcnemar.exactP, 0.125, "exact two-sided binomial: 2 × 0.5^4");
  assert.ok(Math.abs((perplexity?.difference.value ?? 0) - 4 / 6) < 1e-12);
});

test("the paired bootstrap interval is seeded and contains the observed difference", () => {
  const first = Array.from({ length: 50 }, (_unused, index) => index % 3 !== 0);
  const second = Array.from({ length: 50 }, (_unused, index) => index % 2 === 0);
  const interval = pairedBootstrapDifference(first, second, bootstrap);
  assert.ok(interval.low <= interval.value && interval.value <= interval.high);
  assert.deepEqual(pairedBootstrapDifference(first, second, bootstrap), interval);
  assert.throws(() => pairedBootstrapDifference([true], [], bootstrap), /same items/);
});

test("the Table 3 block shows navab's variants on the test items beside the paper's rows", () => {
  const paper = parsePaperTable3(
    "set,variant,china_mc,china_aj,us_mc,us_aj,uk_mc,uk_aj,france_mc,france_aj,germany_mc,germany_aj\nquoted,with_cr,0.515,0.274,0.498,0.274,0.506,0.274,0.504,0.276,0.484,0.262\n",
  );
  const testItemIds = ["i0", "i1", "i2", "i3"];
  const cells = table3Cells(
    record("a", (index) => index === 0),
    testItemIds,
    bootstrap,
  );
  assert.equal(cells.find((cell) => cell.nation === "CN" && cell.method === "mc")?.rate, 0.5);
  assert.equal(cells.find((cell) => cell.nation === "ALL")?.n, 4);
  const html = renderTable3Block({
    variants: [{ variant: "with_cr", runId: "<run>", cells }],
    paper,
    comparison: null,
    testItems: 4,
  });
  assert.match(html, /with CR \(paper, Llama3\.1-8b-Base\)<\/th><td>0\.515/);
  assert.match(html, /the 4 shared test items/);
  assert.ok(html.includes("&lt;run&gt;") && !html.includes("<run>"), "run ids are escaped");
  assert.ok(!html.includes("<script"), "self-contained, no scripts");
});
