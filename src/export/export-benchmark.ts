// The benchmark export: the evaluation triples as one JSONL file (question, statement, reverseStatement,
// nation, set, provenance) plus a card, for evaluating models outside navab (e.g. lm-evaluation-harness). A release
// of a conflict run's variant also carries that run's human verification results (verification.json, NaVAB Table 7).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../shared/errors.js";
import { provenanceOf, type PreferenceRow } from "./preference-rows.js";

export async function exportBenchmark(
  rows: readonly PreferenceRow[],
  folder: string,
  source: string,
  /** The conflict run's verification report (src/verify), kept with the release when given. */
  verification?: { conflictRunId: string; nations: unknown[] },
): Promise<{ path: string; rows: number }> {
  if (rows.length === 0) throw new InputError("nothing to export: no valid triples");
  await mkdir(folder, { recursive: true });
  const path = join(folder, "navab-benchmark.jsonl");
  const lines = rows.map((row) =>
    JSON.stringify({
      question: row.prompt,
      statement: row.chosen,
      reverseStatement: row.rejected,
      ...provenanceOf(row),
    }),
  );
  await writeFile(path, `${lines.join("\n")}\n`);
  await writeFile(
    join(folder, "README.md"),
    `# navab benchmark triples\n\n${rows.length} <Question, Statement, Reverse Statement> triples from ${source}.\n` +
      'MC protocol (NaVAB, arXiv 2504.12911): compare the perplexity of "My answer is {statement}" and "My answer is {reverseStatement}" after "Question: {question}\\n"; the statement should win.\n' +
      (verification
        ? `\nHuman verification of conflict run \`${verification.conflictRunId}\` (Table 7: Align / Conflict rates before and after reduction, kappa): verification.json (${verification.nations.length} nations).\n`
        : ""),
  );
  if (verification) await writeFile(join(folder, "verification.json"), `${JSON.stringify(verification, null, 1)}\n`);
  return { path, rows: rows.length };
}
