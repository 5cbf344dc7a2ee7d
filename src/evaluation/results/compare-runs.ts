// Paired comparison of two evaluation runs on the items they share (McNemar), per MC metric and for AJ.
import { MULTIPLE_CHOICE_METRICS } from "../multiple-choice/evaluate-multiple-choice.js";
import { mcnemar, type McNemarResult } from "../statistics/mcnemar.js";
import type { EvaluationRunRecord } from "./run-record-file.js";

export interface RunComparison extends McNemarResult {
  method: "mc" | "aj";
  metric: string;
  items: number;
  firstRate: number;
  secondRate: number;
}

function paired(first: Map<string, boolean>, second: Map<string, boolean>): [boolean[], boolean[]] {
  const shared = [...first.keys()].filter((id) => second.has(id)).sort();
  return [shared.map((id) => first.get(id) as boolean), shared.map((id) => second.get(id) as boolean)];
}

const rate = (values: boolean[]): number =>
  values.length === 0 ? Number.NaN : values.filter(Boolean).length / values.length;

export function compareRuns(first: EvaluationRunRecord, second: EvaluationRunRecord): RunComparison[] {
  const comparisons: RunComparison[] = [];
  for (const metric of MULTIPLE_CHOICE_METRICS) {
    const [left, right] = paired(
      new Map(first.multipleChoice.map((result) => [result.itemId, result.correct[metric]])),
      new Map(second.multipleChoice.map((result) => [result.itemId, result.correct[metric]])),
    );
    if (left.length > 0)
      comparisons.push({
        method: "mc",
        metric,
        items: left.length,
        firstRate: rate(left),
        secondRate: rate(right),
        ...mcnemar(left, right),
      });
  }
  const [left, right] = paired(
    new Map(first.answerJudgment.map((result) => [result.itemId, result.correct])),
    new Map(second.answerJudgment.map((result) => [result.itemId, result.correct])),
  );
  if (left.length > 0)
    comparisons.push({
      method: "aj",
      metric: "judge",
      items: left.length,
      firstRate: rate(left),
      secondRate: rate(right),
      ...mcnemar(left, right),
    });
  return comparisons;
}
