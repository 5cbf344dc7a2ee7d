// Files a report test needs besides the graph: a temporary NAVAB_HOME with one evaluation record and an output folder with the demo's run record and a conflict report — all made up, small.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DemoRecord } from "../../../src/demo/demo-record.js";
import { writeDemoRecord } from "../../../src/demo/demo-record.js";
import type { ResultRow } from "../../../src/evaluation/results/results-table.js";

export interface ReportFiles {
  home: string;
  out: string;
  evaluationRunId: string;
}

const row = (nation: string, set: string, correct: number, n: number): ResultRow => ({
  nation,
  set,
  method: "mc",
  metric: "perplexity",
  conflictReduced: "all",
  n,
  correct,
  rate: correct / n,
  low: Math.max(0, correct / n - 0.2),
  high: Math.min(1, correct / n + 0.2),
});

export function writeReportFiles(options: { nation: string }): ReportFiles {
  const root = mkdtempSync(join(tmpdir(), "navab-report-"));
  const home = join(root, "home");
  const out = join(root, "out");
  mkdirSync(join(home, "evaluation"), { recursive: true });
  mkdirSync(out, { recursive: true });
  const evaluationRunId = "report-fixture-evaluation";
  const record = {
    runId: evaluationRunId,
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: "2026-01-01T00:01:00.000Z",
    model: { id: "fake-model", file: "fake.gguf", sha256: "ab".repeat(32) },
    judge: null,
    config: {},
    versions: { mc: "v1" },
    seed: 7,
    throughput: null,
    items: [],
    multipleChoice: [],
    answerJudgment: [],
    table: [row(options.nation, "graph", 3, 4), row("ALL", "graph", 3, 4), row("GB", "reference", 5, 10)],
  };
  writeFileSync(join(home, "evaluation", `${evaluationRunId}.json`), JSON.stringify(record));
  writeFileSync(join(out, `${evaluationRunId}.html`), "<!doctype html><title>evaluation</title>");
  writeFileSync(join(out, "conflicts.md"), "# conflicts\n");
  const demo: DemoRecord = {
    profile: "quick",
    settingsVersion: "demo.v2",
    settings: { nations: [options.nation] },
    startedAt: "2026-01-01T00:00:00.000Z",
    finishedAt: "2026-01-01T00:04:00.000Z",
    minutes: 4,
    loadAverageAtStart: [0.1, 0.2, 0.3],
    loadAverageAtEnd: [1.9, 1.5, 1.0],
    node: "v20",
    steps: [
      { number: 1, title: "start the database", stage: "setup", estimate: 30, seconds: 2, status: "done" },
      { number: 2, title: "statements", stage: "statements", estimate: 20, seconds: 25, status: "failed", error: "x" },
    ],
  };
  writeDemoRecord(out, demo);
  return { home, out, evaluationRunId };
}
