// Table 2 of the run (NaVAB Table 2 shape): the evaluated model's MC (and AJ when run) correct rate per nation
// with bootstrap 95% intervals, per set (reference triples, ProbVAA, the pipeline's own triples), next to the
// paper's ten models on its quoted and official sets.
import { existsSync } from "node:fs";
import { readPaperTable, type PaperRow } from "../../evaluation/report/paper-table.js";
import type { ResultRow } from "../../evaluation/results/results-table.js";
import { readRunRecord, runRecordPath, type EvaluationRunRecord } from "../../evaluation/results/run-record-file.js";
import { escapeHtml, rate, table } from "../html.js";
import { defineSection, type ReportContext } from "../section.js";

const NATIONS = ["CN", "US", "GB", "FR", "DE"];

async function load(context: ReportContext) {
  const records: EvaluationRunRecord[] = [];
  for (const runId of context.evaluationRuns)
    if (existsSync(runRecordPath(context.home, runId))) records.push(await readRunRecord(context.home, runId));
  if (records.length === 0) return undefined;
  const paper = await readPaperTable(context.reference).catch((): PaperRow[] => []);
  return { records, paper };
}

function cell(row: ResultRow | undefined): string {
  if (!row) return "–";
  return `${rate(row.rate)} <span class="small">[${rate(row.low)}, ${rate(row.high)}] n=${row.n}</span>`;
}

function find(record: EvaluationRunRecord, set: string, nation: string, metric: string): ResultRow | undefined {
  return record.table.find(
    (row) => row.set === set && row.nation === nation && row.metric === metric && row.conflictReduced === "all",
  );
}

function runRows(record: EvaluationRunRecord): string[][] {
  const sets = [...new Set(record.table.map((row) => row.set))].sort();
  const methods = [...new Set(record.table.map((row) => row.method))].sort();
  return sets.flatMap((set) =>
    methods.map((method) => {
      const metric = method === "mc" ? "perplexity" : "judge";
      return [
        `<a href="${escapeHtml(record.runId)}.html">${escapeHtml(record.runId)}</a>`,
        escapeHtml(set),
        `${escapeHtml(record.model.id)} (this run)`,
        method.toUpperCase(),
        ...[...NATIONS, "ALL"].map((nation) => cell(find(record, set, nation, metric))),
      ];
    }),
  );
}

function paperRows(paper: PaperRow[]): string[][] {
  return paper.map((row) => [
    '<span class="paper">paper</span>',
    `<span class="paper">${escapeHtml(row.set)}</span>`,
    `<span class="paper">${escapeHtml(row.model)} (${escapeHtml(row.type)})</span>`,
    '<span class="paper">MC / AJ</span>',
    ...NATIONS.map(
      (nation) => `<span class="paper">${rate(row.scores[nation]?.mc)} / ${rate(row.scores[nation]?.aj)}</span>`,
    ),
    "",
  ]);
}

export const table2Section = defineSection({
  id: "table2",
  title: "Table 2: alignment of the evaluated model, with 95% intervals, next to the paper's models",
  producedBy: "`navab eval run` (demo steps evaluate the local model)",
  load,
  render({ records, paper }) {
    const header = ["run", "set", "model", "method", ...NATIONS, "all nations"];
    const rows = [...records.flatMap(runRows), ...paperRows(paper)];
    return `${table(header, rows, "table2")}<p class="small">Correct rate = the model prefers the statement S over its reverse RS (MC by perplexity of "My answer is …"), percentile bootstrap 95% intervals, n items. Each run row names its evaluation run: <code>demo-evaluation</code> scores the authors' 75 reference triples (their sets quoted/official) and ProbVAA statements (set probvaa); <code>demo-evaluation-graph</code> scores this run's own triples (their sets quoted/official as the source judgment decided; with the demo's default also triples flagged by the automatic checks, never one whose reverse equals the statement). The paper's rows are its Table 2 (NaVAB, arXiv 2504.12911) on its quoted and official sets.</p>`;
  },
});
