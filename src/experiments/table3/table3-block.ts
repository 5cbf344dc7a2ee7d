// The Table 3 block as a self-contained HTML string (inline style, no scripts): navab's without CR / with CR
// (/ + DPO) rates on the shared test items per set and nation, each beside the paper's Llama3.1-8b-Base number,
// and the paired with-vs-without comparison (McNemar, bootstrap intervals). For the demo report's section list.
import { escapeHtml } from "../../evaluation/report/svg-bar-chart.js";
import type { PairedMetric } from "../paired-comparison.js";
import type { Table3Variant } from "./paper-table3.js";
import type { Table3Cell, Table3Data } from "./table3-data.js";

const NATIONS = ["CN", "US", "GB", "FR", "DE"];
const LABELS: Record<Table3Variant, string> = {
  without_cr: "without CR",
  with_cr: "with CR",
  with_cr_plus_dpo: "with CR + DPO",
};
const STYLE =
  ".navab-table3 table{border-collapse:collapse;font-size:12px;margin:.5em 0}" +
  ".navab-table3 td,.navab-table3 th{border:1px solid #ccc;padding:2px 6px;text-align:right}" +
  ".navab-table3 th{background:#f4f4f4}.navab-table3 .paper{color:#666}";

const format = (value: number | undefined): string =>
  value !== undefined && Number.isFinite(value) ? value.toFixed(3) : "–";

function cellHtml(cell: Table3Cell | undefined): string {
  if (!cell) return "<td>–</td>";
  return `<td title="n=${cell.n}, 95% CI [${format(cell.low)}, ${format(cell.high)}]">${format(cell.rate)} <small>[${format(cell.low)}, ${format(cell.high)}] n=${cell.n}</small></td>`;
}

function setTable(data: Table3Data, set: string): string {
  const header = NATIONS.map((nation) => `<th>${nation} MC</th><th>${nation} AJ</th>`).join("");
  const rows: string[] = [];
  for (const variant of ["with_cr_plus_dpo", "with_cr", "without_cr"] as const) {
    const ours = data.variants.find((entry) => entry.variant === variant);
    const find = (nation: string, method: "mc" | "aj") =>
      ours?.cells.find((cell) => cell.set === set && cell.nation === nation && cell.method === method);
    if (ours)
      rows.push(
        `<tr><th>${LABELS[variant]} (navab, run ${escapeHtml(ours.runId)})</th>${NATIONS.map((nation) => cellHtml(find(nation, "mc")) + cellHtml(find(nation, "aj"))).join("")}</tr>`,
      );
    const paper = data.paper.find((row) => row.set === set && row.variant === variant);
    if (paper)
      rows.push(
        `<tr class="paper"><th>${LABELS[variant]} (paper, Llama3.1-8b-Base)</th>${NATIONS.map((nation) => `<td>${format(paper.scores[nation]?.mc)}</td><td>${format(paper.scores[nation]?.aj)}</td>`).join("")}</tr>`,
      );
  }
  return `<h3>Set: ${escapeHtml(set)}</h3><table><tr><th>variant</th>${header}</tr>${rows.join("")}</table>`;
}

function comparisonHtml(metrics: PairedMetric[], runs: { first: string; second: string }): string {
  const rows = metrics.map(
    (entry) =>
      `<tr><td>${escapeHtml(entry.set)}</td><td>${entry.method} ${escapeHtml(entry.metric)}</td><td>${entry.items}</td><td>${format(entry.first.rate)} [${format(entry.first.low)}, ${format(entry.first.high)}]</td><td>${format(entry.second.rate)} [${format(entry.second.low)}, ${format(entry.second.high)}]</td><td>${format(entry.difference.value)} [${format(entry.difference.low)}, ${format(entry.difference.high)}]</td><td>${entry.mcnemar.firstOnly}/${entry.mcnemar.secondOnly}</td><td>${entry.mcnemar.exactP.toPrecision(3)}</td></tr>`,
  );
  return `<h3>Paired: ${escapeHtml(runs.first)} − ${escapeHtml(runs.second)} on the shared test items</h3><table><tr><th>set</th><th>metric</th><th>shared items</th><th>first [95% CI]</th><th>second [95% CI]</th><th>difference [paired 95% CI]</th><th>discordant</th><th>McNemar exact p</th></tr>${rows.join("")}</table>`;
}

export function renderTable3Block(data: Table3Data): string {
  const sets = [
    ...new Set([
      ...data.variants.flatMap((entry) => entry.cells.map((cell) => cell.set)),
      ...data.paper.map((row) => row.set),
    ]),
  ].sort();
  const scope =
    data.testItems === null
      ? "all items the runs scored (no split given: not a controlled comparison)"
      : `the ${data.testItems} shared test items of one split by article`;
  return `<section class="navab-table3"><style>${STYLE}</style>
<h2>Table 3: with vs without conflict reduction</h2>
<p>Correct rates (MC by perplexity, AJ by the judge) with bootstrap 95% intervals on ${scope}; grey rows are the paper's Llama3.1-8b-Base numbers (NaVAB, arXiv 2504.12911, Table 3).</p>
${sets.map((set) => setTable(data, set)).join("\n")}
${data.comparison ? comparisonHtml(data.comparison.metrics, data.comparison.runs) : ""}
</section>`;
}
