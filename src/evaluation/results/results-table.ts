// The results table of an evaluation run: correct rate with a bootstrap 95% interval per nation × set ×
// {MC metric, AJ}, plus all-nation rows and (when known) rows split by conflict reduction.
import type { AnswerJudgmentItemResult } from "../answer-judgment/evaluate-answer-judgment.js";
import type { EvaluationItem } from "../items/evaluation-item.js";
import { MULTIPLE_CHOICE_METRICS, type MultipleChoiceItemResult } from "../multiple-choice/evaluate-multiple-choice.js";
import { bootstrapProportion, type BootstrapOptions, type ProportionInterval } from "../statistics/bootstrap.js";

export type ConflictSplit = "all" | "reduced" | "not-reduced";

export interface ResultRow extends ProportionInterval {
  nation: string;
  set: string;
  method: "mc" | "aj";
  /** MC metric name, "orderConsistency", or "judge" / "judgePicksA" (position bias) for AJ. */
  metric: string;
  conflictReduced: ConflictSplit;
}

interface Outcome {
  item: EvaluationItem;
  method: "mc" | "aj";
  metric: string;
  value: boolean;
}

function outcomes(
  items: Map<string, EvaluationItem>,
  multipleChoice: readonly MultipleChoiceItemResult[],
  answerJudgment: readonly AnswerJudgmentItemResult[],
): Outcome[] {
  const list: Outcome[] = [];
  for (const result of multipleChoice) {
    const item = items.get(result.itemId);
    if (!item) continue;
    for (const metric of MULTIPLE_CHOICE_METRICS)
      list.push({ item, method: "mc", metric, value: result.correct[metric] });
    list.push({ item, method: "mc", metric: "orderConsistency", value: result.orderConsistent });
  }
  for (const result of answerJudgment) {
    const item = items.get(result.itemId);
    if (!item) continue;
    list.push({ item, method: "aj", metric: "judge", value: result.correct });
    // Position-bias diagnostic: near 0.5 for an unbiased judge, since S is shown as A on a random half.
    list.push({ item, method: "aj", metric: "judgePicksA", value: result.verdict === "A" });
  }
  return list;
}

export function resultsTable(
  items: readonly EvaluationItem[],
  multipleChoice: readonly MultipleChoiceItemResult[],
  answerJudgment: readonly AnswerJudgmentItemResult[],
  bootstrap: Partial<BootstrapOptions> = {},
): ResultRow[] {
  const groups = new Map<string, { key: Omit<ResultRow, keyof ProportionInterval>; values: boolean[] }>();
  const add = (key: Omit<ResultRow, keyof ProportionInterval>, value: boolean): void => {
    const name = JSON.stringify(key);
    const group = groups.get(name) ?? { key, values: [] };
    group.values.push(value);
    groups.set(name, group);
  };
  for (const { item, method, metric, value } of outcomes(
    new Map(items.map((item) => [item.id, item])),
    multipleChoice,
    answerJudgment,
  )) {
    add({ nation: item.nation, set: item.set, method, metric, conflictReduced: "all" }, value);
    add({ nation: "ALL", set: item.set, method, metric, conflictReduced: "all" }, value);
    if (item.conflictReduced !== null) {
      add(
        {
          nation: "ALL",
          set: item.set,
          method,
          metric,
          conflictReduced: item.conflictReduced ? "reduced" : "not-reduced",
        },
        value,
      );
    }
  }
  return [...groups.values()]
    .map(({ key, values }) => ({ ...key, ...bootstrapProportion(values, bootstrap) }))
    .sort((left, right) =>
      `${left.set}|${left.nation}|${left.method}|${left.metric}|${left.conflictReduced}`.localeCompare(
        `${right.set}|${right.nation}|${right.method}|${right.metric}|${right.conflictReduced}`,
      ),
    );
}
