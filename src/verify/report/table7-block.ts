// The Table 7 block (NaVAB Appendix B, human verification of conflict reduction) as a self-contained HTML string
// (inline style, no scripts): per nation the reference statement, Align / Conflict / Unrelated rates with Wilson
// 95% intervals before and after reduction, inter-rater kappa and the LLM pre-labels' agreement with the humans.
import { escapeHtml } from "../../evaluation/report/svg-bar-chart.js";
import type { NationReport, SampleRates } from "./verification-report.js";
import type { RateInterval } from "./wilson.js";

const STYLE =
  ".navab-table7 table{border-collapse:collapse;font-size:12px;margin:.5em 0}" +
  ".navab-table7 td,.navab-table7 th{border:1px solid #ccc;padding:2px 6px;text-align:right}" +
  ".navab-table7 th{background:#f4f4f4}.navab-table7 td.text{text-align:left;max-width:28em}";

const percent = (value: number): string => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : "–");
const rate = (interval: RateInterval): string =>
  `${percent(interval.rate)} <small>[${percent(interval.low)}, ${percent(interval.high)}] ${interval.count}/${interval.n}</small>`;
const kappa = (value: number | null): string => (value === null || !Number.isFinite(value) ? "–" : value.toFixed(3));
const sample = (rates: SampleRates): string =>
  `<td>${rate(rates.align)}</td><td>${rate(rates.conflict)}</td><td>${rates.labelled}/${rates.items}${rates.disputed ? ` (${rates.disputed} disputed)` : ""}</td>`;

function nationRow(report: NationReport): string {
  const agreement = report.agreement;
  const raters =
    agreement.raters.length === 0 ? "–" : `${agreement.raters.map(escapeHtml).join(", ")} on ${agreement.items}`;
  const kappaText =
    agreement.cohenKappa !== null
      ? `Cohen ${kappa(agreement.cohenKappa)}`
      : agreement.fleissKappa !== null
        ? `Fleiss ${kappa(agreement.fleissKappa)}`
        : "–";
  const llm = report.llm
    ? `${rate(report.llm.agreement)}, κ ${kappa(report.llm.cohenKappa)} <small>(${escapeHtml(report.llm.modelId)}, ${report.llm.labelled} pre-labels)</small>`
    : "–";
  return `<tr><th>${escapeHtml(report.nation)}</th><td class="text">${escapeHtml(report.reference.text)} <small>(${escapeHtml(report.reference.method)}${report.reference.by ? ` by ${escapeHtml(report.reference.by)}` : ""})</small></td>${sample(report.before)}${sample(report.after)}<td>${raters}</td><td>${kappaText}</td><td>${llm}</td></tr>`;
}

export function renderTable7Block(reports: readonly NationReport[]): string {
  const header =
    "<tr><th rowspan=2>nation</th><th rowspan=2>reference statement</th><th colspan=3>before reduction</th><th colspan=3>after reduction</th><th rowspan=2>raters (shared items)</th><th rowspan=2>kappa</th><th rowspan=2>LLM vs human</th></tr>" +
    "<tr><th>Align</th><th>Conflict</th><th>labelled</th><th>Align</th><th>Conflict</th><th>labelled</th></tr>";
  const body =
    reports.length === 0
      ? `<tr><td colspan=11>No verification sets yet (navab verify prepare).</td></tr>`
      : reports.map(nationRow).join("");
  return `<section class="navab-table7"><style>${STYLE}</style>
<h2>Table 7: human verification of conflict reduction</h2>
<p>Each sampled statement is labelled against its nation's reference statement as Align, Conflict or Unrelated (NaVAB, arXiv 2504.12911, Appendix B). Rates use each item's human consensus label (majority of raters; ties are disputed and left out) with Wilson 95% intervals; LLM pre-labels are compared with the humans and never counted as human labels.</p>
<table>${header}${body}</table>
</section>`;
}
