// What the fault script compares (bench only): per stage, the counts an uninterrupted run and a killed-and-re-run
// run left in the graph (and, for evaluation, their JSON records), with their duplicates.
import { readFile } from "node:fs/promises";
import type { CypherExecutor } from "../../src/database/executor.js";
import { runRecordPath } from "../../src/evaluation/results/run-record-file.js";

export type Summary = Record<string, unknown> & { duplicated: number };

export async function ingestSummary(executor: CypherExecutor, scope: string): Promise<Summary> {
  const [row] = await executor.read<Summary>("testing/faults/ingest-summary", { scope });
  if (row === undefined) throw new Error(`bench/faults: no ingest summary for scope ${scope}`);
  return row;
}

export async function topicSummary(executor: CypherExecutor, runId: string): Promise<Summary> {
  const [row] = await executor.read<Summary & { memberships: string[] }>("testing/faults/topic-summary", { runId });
  if (row === undefined) throw new Error(`bench/faults: no topic summary for run ${runId}`);
  // The (article → rank) links themselves are compared; the summary shows their count.
  return { ...row, memberships: row.memberships.join("\n") };
}

export async function statementSummary(executor: CypherExecutor, scope: string): Promise<Summary> {
  const rows = await executor.read<{
    article: string;
    statuses: string[];
    links: number;
    statements: number;
    texts: string[];
  }>("testing/faults/statement-summary", { scope });
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    articles: rows.length,
    extractionsDone: sum(rows.map((row) => row.statuses.filter((status) => status === "done").length)),
    extractionsFailed: sum(rows.map((row) => row.statuses.filter((status) => status === "failed").length)),
    statements: sum(rows.map((row) => row.statements)),
    statesLinks: sum(rows.map((row) => row.links)),
    duplicated: rows.filter((row) => row.statuses.length > 1 || row.links > row.statements).length,
    texts: rows.map((row) => `${row.article}→${row.texts.join("|")}`).join("\n"),
  };
}

export async function conflictSummary(executor: CypherExecutor, runId: string): Promise<Summary> {
  const [row] = await executor.read<Summary>("testing/faults/conflict-summary", { runId });
  if (row === undefined) throw new Error(`bench/faults: no conflict summary for run ${runId}`);
  return row;
}

export async function evaluationSummary(executor: CypherExecutor, runId: string, home: string): Promise<Summary> {
  const evalRuns = await executor.read<{ id: string; scored: number; correct: number; correctRate: number | null }>(
    "evaluation/read-eval-runs",
    { runId },
  );
  const record = JSON.parse(await readFile(runRecordPath(home, runId), "utf8")) as Record<string, unknown>;
  const scored = Object.fromEntries(
    evalRuns.map((row) => [row.id.slice(runId.length + 1), [row.scored, row.correct, row.correctRate]]),
  );
  return {
    evalRuns: JSON.stringify(scored),
    items: (record.items as unknown[]).length,
    // Per-item results and the table with its bootstrap intervals must be identical (model ids aside).
    multipleChoice: JSON.stringify(record.multipleChoice),
    answerJudgment: JSON.stringify(record.answerJudgment),
    table: JSON.stringify(record.table),
    duplicated: evalRuns.reduce(
      (total, row) => total + Math.max(0, row.scored - (record.items as unknown[]).length),
      0,
    ),
  };
}

/** The keys whose values differ (long values are compared whole and shown by length). */
export function differences(reference: Summary, faulted: Summary): string[] {
  return Object.keys(reference).filter((key) => JSON.stringify(reference[key]) !== JSON.stringify(faulted[key]));
}

/** A summary for printing: long strings replaced by their length. */
export const printable = (summary: Summary): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(summary).map(([key, value]) =>
      typeof value === "string" && value.length > 80 ? [key, `<${value.length} characters>`] : [key, value],
    ),
  );
