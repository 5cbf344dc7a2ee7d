// Writes an evaluation run to the graph: one (:EvalRun) per method × metric, linked to the (:Run), and a
// SCORED relation to every graph Triple it scored (reference and ProbVAA items live only in the JSON record).
import type { CypherExecutor } from "../../database/executor.js";
import type { EvaluationItem } from "../items/evaluation-item.js";
import type { EvaluationRunRecord } from "./run-record-file.js";

export async function storeResults(executor: CypherExecutor, record: EvaluationRunRecord): Promise<number> {
  const graphItems = new Map<string, EvaluationItem>(
    record.items.filter((item) => item.source === "graph").map((item) => [item.id, item]),
  );
  const common = {
    runId: record.runId,
    model: record.model.id,
    modelHash: record.model.sha256 ?? null,
    seed: record.seed,
  };
  let written = 0;
  const writeOne = async (
    method: "mc" | "aj",
    variant: string,
    promptVersion: string,
    rows: { tripleId: string; properties: Record<string, unknown> }[],
  ) => {
    const scored = rows.filter((row) => graphItems.has(row.tripleId));
    const correct = scored.filter((row) => row.properties.correct === true).length;
    const id = `${record.runId}:${method}:${variant}`;
    await executor.write("evaluation/merge-eval-run", {
      ...common,
      id,
      method,
      variant,
      promptVersion,
      n: scored.length,
      correctRate: scored.length === 0 ? null : correct / scored.length,
    });
    await executor.writeBatches("evaluation/write-scores", scored, { parameters: { evalRunId: id }, batchSize: 500 });
    written += scored.length;
  };
  const multipleChoiceVersion = record.versions.multipleChoicePrompt ?? "";
  if (record.multipleChoice.length > 0) {
    for (const metric of ["perplexity", "sum", "normalized", "listedForward", "listedSwapped"] as const) {
      await writeOne(
        "mc",
        metric,
        multipleChoiceVersion,
        record.multipleChoice.map((result) => {
          const pair =
            metric === "listedForward"
              ? result.listedForward
              : metric === "listedSwapped"
                ? result.listedSwapped
                : result.paper;
          return {
            tripleId: result.itemId,
            properties: {
              correct: result.correct[metric],
              statementLogLikelihood: pair.statement.logLikelihood,
              reverseLogLikelihood: pair.reverse.logLikelihood,
              statementTokens: pair.statement.tokenCount,
              reverseTokens: pair.reverse.tokenCount,
              orderConsistent: result.orderConsistent,
            },
          };
        }),
      );
    }
  }
  if (record.answerJudgment.length > 0) {
    await writeOne(
      "aj",
      "judge",
      record.versions.answerJudgmentPrompt ?? "",
      record.answerJudgment.map((result) => ({
        tripleId: result.itemId,
        properties: {
          correct: result.correct,
          answer: result.answer,
          statementPosition: result.statementPosition,
          verdict: result.verdict,
          reason: result.reason,
        },
      })),
    );
  }
  return written;
}
