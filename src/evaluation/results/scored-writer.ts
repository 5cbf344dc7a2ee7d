// The graph side of an evaluation run as it goes: its EvalRuns (one per method × metric) are made before the first
// item, stale SCORED relations of an earlier run under the same id are cleared, and each scored batch writes its
// SCORED relations at once (graph items only; reference and ProbVAA items live in the JSON record).
import type { CypherExecutor } from "../../database/executor.js";
import type { AnswerJudgmentItemResult } from "../answer-judgment/evaluate-answer-judgment.js";
import {
  MULTIPLE_CHOICE_METRICS,
  type MultipleChoiceItemResult,
  type MultipleChoiceMetric,
} from "../multiple-choice/evaluate-multiple-choice.js";

export interface ScoredRow {
  tripleId: string;
  properties: Record<string, unknown>;
}

export interface EvalRunCommon {
  runId: string;
  model: string;
  modelHash: string | null;
  seed: number;
}

export const evalRunId = (runId: string, method: "mc" | "aj", variant: string): string =>
  `${runId}:${method}:${variant}`;

export function multipleChoiceRows(results: readonly MultipleChoiceItemResult[], metric: MultipleChoiceMetric) {
  return results.map((result): ScoredRow => {
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
  });
}

export const answerJudgmentRows = (results: readonly AnswerJudgmentItemResult[]): ScoredRow[] =>
  results.map((result) => ({
    tripleId: result.itemId,
    properties: {
      correct: result.correct,
      answer: result.answer,
      statementPosition: result.statementPosition,
      verdict: result.verdict,
      reason: result.reason,
    },
  }));

export async function writeScoredRows(executor: CypherExecutor, evalRunIdentifier: string, rows: ScoredRow[]) {
  await executor.writeBatches("evaluation/write-scores", rows, {
    parameters: { evalRunId: evalRunIdentifier },
    batchSize: 500,
  });
}

/** Makes the run's EvalRuns (counts filled at the end) and clears what an earlier run under the id left. */
export async function startEvalRuns(
  executor: CypherExecutor,
  common: EvalRunCommon,
  plan: { method: "mc" | "aj"; promptVersion: string }[],
  kept: { mc: string[]; aj: string[] },
): Promise<void> {
  const evalRuns = plan.flatMap(({ method, promptVersion }) =>
    (method === "mc" ? MULTIPLE_CHOICE_METRICS : (["judge"] as const)).map((variant) => ({
      id: evalRunId(common.runId, method, variant),
      method,
      variant,
      promptVersion,
    })),
  );
  await executor.write("evaluation/clear-stale-scores", {
    runId: common.runId,
    evalRunIds: evalRuns.map((evalRun) => evalRun.id),
    kept,
  });
  for (const evalRun of evalRuns)
    await executor.write("evaluation/merge-eval-run", { ...common, ...evalRun, n: null, correctRate: null });
}

/** Writes the SCORED relations of freshly scored MC items (all five metrics), graph items only. */
export async function writeMultipleChoiceScores(
  executor: CypherExecutor,
  runId: string,
  results: readonly MultipleChoiceItemResult[],
  graphItemIds: ReadonlySet<string>,
): Promise<void> {
  const graphResults = results.filter((result) => graphItemIds.has(result.itemId));
  if (graphResults.length === 0) return;
  for (const metric of MULTIPLE_CHOICE_METRICS)
    await writeScoredRows(executor, evalRunId(runId, "mc", metric), multipleChoiceRows(graphResults, metric));
}

/** Writes the SCORED relation of one freshly judged AJ item, when it is a graph item. */
export async function writeAnswerJudgmentScore(
  executor: CypherExecutor,
  runId: string,
  result: AnswerJudgmentItemResult,
  graphItemIds: ReadonlySet<string>,
): Promise<void> {
  if (graphItemIds.has(result.itemId))
    await writeScoredRows(executor, evalRunId(runId, "aj", "judge"), answerJudgmentRows([result]));
}
