// The controlled with/without comparison of NaVAB Table 3 (issue 15): two evaluation runs paired on the test items
// of one DPO split (split.json), per set × MC metric and AJ: both rates with bootstrap intervals, the paired
// difference with a paired bootstrap interval, and McNemar's test. `sharedItems` counts the test items both runs
// scored; a run that missed some test items is reported, never silently paired on fewer.
import type { EvaluationRunRecord } from "../evaluation/results/run-record-file.js";
import { bootstrapProportion, type ProportionInterval } from "../evaluation/statistics/bootstrap.js";
import { mcnemar, type McNemarResult } from "../evaluation/statistics/mcnemar.js";
import { pairedBootstrapDifference, type DifferenceInterval } from "./statistics/paired-bootstrap.js";

export const COMPARED_METRICS = [
  { method: "mc", metric: "perplexity" },
  { method: "aj", metric: "judge" },
] as const;

export interface PairedMetric {
  set: string;
  method: "mc" | "aj";
  metric: string;
  items: number;
  first: ProportionInterval;
  second: ProportionInterval;
  difference: DifferenceInterval;
  mcnemar: McNemarResult;
}

export interface PairedComparison {
  runs: { first: string; second: string };
  /** Test items of the split (or all items both runs scored, without a split) scored by both runs. */
  sharedItems: number;
  testItems: number | null;
  missing: { first: number; second: number };
  metrics: PairedMetric[];
}

export interface ComparisonOptions {
  /** The split's test item ids; absent → every item both runs scored. */
  testItemIds?: readonly string[];
  resamples: number;
  confidence: number;
  seed: number;
}

type Outcomes = Map<string, boolean>;

function outcomesOf(record: EvaluationRunRecord, method: "mc" | "aj", metric: string): Outcomes {
  if (method === "aj") return new Map(record.answerJudgment.map((result) => [result.itemId, result.correct]));
  return new Map(
    record.multipleChoice.map((result) => [result.itemId, result.correct[metric as keyof typeof result.correct]]),
  );
}

export function comparePaired(
  first: EvaluationRunRecord,
  second: EvaluationRunRecord,
  options: ComparisonOptions,
): PairedComparison {
  const scoredIds = (record: EvaluationRunRecord): Set<string> =>
    new Set([...record.multipleChoice, ...record.answerJudgment].map((result) => result.itemId));
  const [firstIds, secondIds] = [scoredIds(first), scoredIds(second)];
  const universe = options.testItemIds ? [...new Set(options.testItemIds)] : [...firstIds];
  const shared = universe.filter((id) => firstIds.has(id) && secondIds.has(id)).sort();
  const setOf = new Map([...second.items, ...first.items].map((item) => [item.id, item.set]));
  const bootstrap = { resamples: options.resamples, confidence: options.confidence, seed: options.seed };
  const metrics: PairedMetric[] = [];
  for (const set of [...new Set(shared.map((id) => setOf.get(id) ?? "?"))].sort())
    for (const { method, metric } of COMPARED_METRICS) {
      const [left, right] = [outcomesOf(first, method, metric), outcomesOf(second, method, metric)];
      const ids = shared.filter((id) => setOf.get(id) === set && left.has(id) && right.has(id));
      if (ids.length === 0) continue;
      const firstOutcomes = ids.map((id) => left.get(id) as boolean);
      const secondOutcomes = ids.map((id) => right.get(id) as boolean);
      metrics.push({
        set,
        method,
        metric,
        items: ids.length,
        first: bootstrapProportion(firstOutcomes, bootstrap),
        second: bootstrapProportion(secondOutcomes, bootstrap),
        difference: pairedBootstrapDifference(firstOutcomes, secondOutcomes, bootstrap),
        mcnemar: mcnemar(firstOutcomes, secondOutcomes),
      });
    }
  return {
    runs: { first: first.runId, second: second.runId },
    sharedItems: shared.length,
    testItems: options.testItemIds ? universe.length : null,
    missing: {
      first: universe.filter((id) => !firstIds.has(id)).length,
      second: universe.filter((id) => !secondIds.has(id)).length,
    },
    metrics,
  };
}
