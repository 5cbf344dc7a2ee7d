// Writes an evaluation run to the graph when it is finished: one (:EvalRun) per method × metric, linked to the
// (:Run), with its n and correct rate, and a SCORED relation to every graph Triple it scored (already written as
// the run went, scored-writer.ts; merged again here so the final record and the graph agree). Reference and
// ProbVAA items live only in the JSON record.
import type { CypherExecutor } from "../../database/executor.js";
import { MULTIPLE_CHOICE_METRICS } from "../multiple-choice/evaluate-multiple-choice.js";
import type { EvaluationRunRecord } from "./run-record-file.js";
import { answerJudgmentRows, evalRunId, multipleChoiceRows, writeScoredRows, type ScoredRow } from "./scored-writer.js";

export async function storeResults(executor: CypherExecutor, record: EvaluationRunRecord): Promise<number> {
  const graphItems = new Set(record.items.filter((item) => item.source === "graph").map((item) => item.id));
  const common = {
    runId: record.runId,
    model: record.model.id,
    modelHash: record.model.sha256 ?? null,
    seed: record.seed,
  };
  let written = 0;
  const writeOne = async (method: "mc" | "aj", variant: string, promptVersion: string, rows: ScoredRow[]) => {
    const scored = rows.filter((row) => graphItems.has(row.tripleId));
    const correct = scored.filter((row) => row.properties.correct === true).length;
    const id = evalRunId(record.runId, method, variant);
    await executor.write("evaluation/merge-eval-run", {
      ...common,
      id,
      method,
      variant,
      promptVersion,
      n: scored.length,
      correctRate: scored.length === 0 ? null : correct / scored.length,
    });
    await writeScoredRows(executor, id, scored);
    written += scored.length;
  };
  if (record.multipleChoice.length > 0) {
    for (const metric of MULTIPLE_CHOICE_METRICS)
      await writeOne(
        "mc",
        metric,
        record.versions.multipleChoicePrompt ?? "",
        multipleChoiceRows(record.multipleChoice, metric),
      );
  }
  if (record.answerJudgment.length > 0)
    await writeOne(
      "aj",
      "judge",
      record.versions.answerJudgmentPrompt ?? "",
      answerJudgmentRows(record.answerJudgment),
    );
  return written;
}
