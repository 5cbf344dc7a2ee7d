// Stage: `navab export triples`: valid (and optionally flagged) triples as JSONL or CSV, one file per set of the
// paper's 10 (nation × quoted/official), each row validated by the shared record schema with provenance ids.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CypherExecutor } from "../database/executor.js";
import { csvLine } from "./csv.js";
import { NATIONS, RECORD_COLUMNS, SETS, setName, tripleRecordSchema, type TripleRecord } from "./triple-record.js";

export interface ExportOptions {
  format: "jsonl" | "csv";
  out: string;
  includeFlagged?: boolean;
  runId?: string;
  nation?: string;
  /** Only the triples kept by this conflict run (the reduced variant, paper Table 3). */
  conflictRunId?: string;
}

export async function exportTriples(
  executor: CypherExecutor,
  options: ExportOptions,
): Promise<{
  files: { path: string; rows: number }[];
  total: number;
  rejected: { tripleId: string; problem: string }[];
}> {
  const rows = await executor.read("statements/export-triples", {
    statuses: options.includeFlagged ? ["valid", "flagged"] : ["valid"],
    runId: options.runId ?? null,
    nation: options.nation ?? null,
    conflictRunId: options.conflictRunId ?? null,
  });
  const groups = new Map<string, TripleRecord[]>();
  const rejected: { tripleId: string; problem: string }[] = [];
  for (const row of rows) {
    const parsed = tripleRecordSchema.safeParse(row);
    if (!parsed.success) {
      // Not one of the paper's sets (e.g. a nation outside the five) or incomplete: reported, never written.
      const problem = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      rejected.push({ tripleId: String(row.tripleId), problem });
      continue;
    }
    const key = setName(parsed.data.nation, parsed.data.set);
    groups.set(key, [...(groups.get(key) ?? []), parsed.data]);
  }
  await mkdir(options.out, { recursive: true });
  const files: { path: string; rows: number }[] = [];
  for (const nation of NATIONS) {
    for (const set of SETS) {
      const records = groups.get(setName(nation, set)) ?? [];
      const path = join(options.out, `${setName(nation, set)}.${options.format}`);
      const body =
        options.format === "jsonl"
          ? records.map((record) => JSON.stringify(record)).join("\n")
          : [
              csvLine(RECORD_COLUMNS),
              ...records.map((record) => csvLine(RECORD_COLUMNS.map((column) => record[column]))),
            ].join("\n");
      await writeFile(path, body.length > 0 ? `${body}\n` : "");
      files.push({ path, rows: records.length });
    }
  }
  return { files, total: rows.length - rejected.length, rejected };
}
