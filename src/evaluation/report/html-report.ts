// The self-contained HTML report of an evaluation run (inline SVG, no scripts or CDN): per-nation MC/AJ bars
// with bootstrap 95% intervals, MC vs AJ, with vs without conflict reduction, the MC variants side by side,
// the paper's Table 2 for the same nations, and (optionally) a McNemar comparison with a second run.
import { writeFile } from "node:fs/promises";
import type { RunComparison } from "../results/compare-runs.js";
import type { ResultRow } from "../results/results-table.js";
import type { EvaluationRunRecord } from "../results/run-record-file.js";
import type { PaperRow } from "./paper-table.js";
import { escapeHtml, svgBarChart, type BarGroup } from "./svg-bar-chart.js";

const format = (value: number): string => (Number.isFinite(value) ? value.toFixed(3) : "–");
const interval = (row: ResultRow): string => `${format(row.rate)} [${format(row.low)}, ${format(row.high)}]`;

function find(table: ResultRow[], nation: string, set: string, metric: string, split = "all"): ResultRow | undefined {
  return table.find(
    (row) => row.nation === nation && row.set === set && row.metric === metric && row.conflictReduced === split,
  );
}

function bar(series: string, row: ResultRow | undefined) {
  return row ? [{ series, value: row.rate, low: row.low, high: row.high }] : [];
}

function chartsForSet(record: EvaluationRunRecord, set: string, paper: PaperRow[]): string {
  const table = record.table;
  const nations = [
    ...new Set(table.filter((row) => row.set === set && row.nation !== "ALL").map((row) => row.nation)),
  ].sort();
  const paperModels = paper.filter((row) => row.set === set);
  const paperMean = (nation: string, method: "mc" | "aj"): number => {
    const values = paperModels
      .map((row) => row.scores[nation]?.[method])
      .filter((value): value is number => value !== undefined && Number.isFinite(value));
    return values.length === 0 ? Number.NaN : values.reduce((total, value) => total + value, 0) / values.length;
  };
  const perNation: BarGroup[] = [...nations, "ALL"].map((nation) => ({
    label: nation,
    bars: [
      ...bar("MC (perplexity)", find(table, nation, set, "perplexity")),
      ...bar("AJ", find(table, nation, set, "judge")),
      { series: "paper MC (mean of models)", value: paperMean(nation, "mc") },
      { series: "paper AJ (mean of models)", value: paperMean(nation, "aj") },
    ],
  }));
  const variants: BarGroup[] = [
    "perplexity",
    "sum",
    "normalized",
    "listedForward",
    "listedSwapped",
    "orderConsistency",
  ].map((metric) => ({
    label: metric,
    bars: bar("all nations", find(table, "ALL", set, metric)),
  }));
  const reduction: BarGroup[] = ["perplexity", "judge"].map((metric) => ({
    label: metric === "judge" ? "AJ" : "MC",
    bars: [
      ...bar("conflict-reduced", find(table, "ALL", set, metric, "reduced")),
      ...bar("not reduced", find(table, "ALL", set, metric, "not-reduced")),
    ],
  }));
  const hasReduction = reduction.some((group) => group.bars.length > 0);
  return [
    `<h2>Set: ${escapeHtml(set)}</h2>`,
    svgBarChart({
      title: `Per-nation alignment (${set}) with bootstrap 95% intervals, next to the paper`,
      series: ["MC (perplexity)", "AJ", "paper MC (mean of models)", "paper AJ (mean of models)"],
      groups: perNation,
    }),
    svgBarChart({
      title: `MC variants and order-swap consistency (${set}, all nations)`,
      series: ["all nations"],
      groups: variants,
    }),
    hasReduction
      ? svgBarChart({
          title: `Items kept vs removed by the conflict run (${set}; not Table 3 — see navab eval compare --split)`,
          series: ["conflict-reduced", "not reduced"],
          groups: reduction,
        })
      : "<p>No conflict-reduction flags on these items.</p>",
  ].join("\n");
}

function resultsTableHtml(table: ResultRow[]): string {
  const rows = table.map(
    (row) =>
      `<tr><td>${escapeHtml(row.set)}</td><td>${escapeHtml(row.nation)}</td><td>${row.method}</td><td>${escapeHtml(row.metric)}</td><td>${row.conflictReduced}</td><td>${row.n}</td><td>${interval(row)}</td></tr>`,
  );
  return `<table><tr><th>set</th><th>nation</th><th>method</th><th>metric</th><th>conflict</th><th>n</th><th>rate [95% CI]</th></tr>${rows.join("")}</table>`;
}

function paperTableHtml(paper: PaperRow[]): string {
  const nations = ["CN", "US", "GB", "FR", "DE"];
  const header = nations.map((nation) => `<th>${nation} MC</th><th>${nation} AJ</th>`).join("");
  const rows = paper.map(
    (row) =>
      `<tr><td>${escapeHtml(row.set)}</td><td>${escapeHtml(row.model)} (${escapeHtml(row.type)})</td>${nations.map((nation) => `<td>${format(row.scores[nation]?.mc ?? Number.NaN)}</td><td>${format(row.scores[nation]?.aj ?? Number.NaN)}</td>`).join("")}</tr>`,
  );
  return `<table><tr><th>set</th><th>model</th>${header}</tr>${rows.join("")}</table>`;
}

function comparisonHtml(comparison: RunComparison[], otherRunId: string): string {
  const rows = comparison.map(
    (entry) =>
      `<tr><td>${entry.method}</td><td>${escapeHtml(entry.metric)}</td><td>${entry.items}</td><td>${format(entry.firstRate)}</td><td>${format(entry.secondRate)}</td><td>${entry.firstOnly}/${entry.secondOnly}</td><td>${entry.exactP.toPrecision(3)}</td><td>${entry.chiSquareP.toPrecision(3)}</td></tr>`,
  );
  return `<h2>Paired comparison with run ${escapeHtml(otherRunId)} (McNemar)</h2><table><tr><th>method</th><th>metric</th><th>shared items</th><th>this run</th><th>other run</th><th>discordant (this only / other only)</th><th>exact p</th><th>χ² (cc) p</th></tr>${rows.join("")}</table>`;
}

export function renderHtmlReport(
  record: EvaluationRunRecord,
  paper: PaperRow[],
  comparison?: { runId: string; result: RunComparison[] },
  /** Self-contained HTML blocks shown after the charts (e.g. the Table 3 block of src/experiments). */
  sections: readonly string[] = [],
): string {
  const sets = [...new Set(record.table.map((row) => row.set))].sort();
  const throughput = record.throughput
    ? `${record.throughput.itemsPerSecond.toFixed(2)} items/s, ${record.throughput.scoredTokensPerSecond.toFixed(1)} scored tokens/s`
    : "–";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>navab evaluation ${escapeHtml(record.runId)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;font-size:12px;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#f4f4f4}svg{display:block;margin:1em 0}</style></head><body>
<h1>navab evaluation ${escapeHtml(record.runId)}</h1>
<p>Model <code>${escapeHtml(record.model.id)}</code>${record.model.sha256 ? ` (sha256 ${escapeHtml(record.model.sha256.slice(0, 16))}…)` : ""}; judge ${escapeHtml(record.judge?.id ?? "none")};
seed ${record.seed}; prompts ${escapeHtml(
    Object.entries(record.versions)
      .map(([key, value]) => `${key}=${value}`)
      .join(", "),
  )}; ${record.items.length} items; ${throughput}.
Rates are correct rates (S preferred over RS) with percentile bootstrap 95% intervals. Paper bars: mean over the models of Table 2 (NaVAB, arXiv 2504.12911) for the same set and nation.</p>
${sets.map((set) => chartsForSet(record, set, paper)).join("\n")}
${comparison ? comparisonHtml(comparison.result, comparison.runId) : ""}
${sections.join("\n")}
<h2>Results table</h2>${resultsTableHtml(record.table)}
<h2>The paper's Table 2</h2>${paperTableHtml(paper)}
</body></html>
`;
}

export async function writeHtmlReport(
  path: string,
  record: EvaluationRunRecord,
  paper: PaperRow[],
  comparison?: { runId: string; result: RunComparison[] },
  sections: readonly string[] = [],
): Promise<string> {
  await writeFile(path, renderHtmlReport(record, paper, comparison, sections));
  return path;
}
