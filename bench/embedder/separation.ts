// Same-topic vs different-topic cosine and the thresholds they suggest: `candidate` keeps 95 % of same-topic pairs
// (recall, for candidates an LLM then checks), `accept` lets at most 0.1 % of different-topic pairs through
// (precision, for pairs accepted without a check), `semantic` lets 5 % through (article links, which k-NN bounds
// further), `balanced` maximises (true-positive rate + true-negative rate) / 2.
import { cosine } from "./embedders.js";
import type { ProbvaaGroup } from "./probvaa-data.js";

function quantile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(fraction * (sorted.length - 1))))]!;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

export function thresholdSummary(
  sameValues: readonly number[],
  differentValues: readonly number[],
  checked: readonly number[] = [],
) {
  const same = [...sameValues].sort((left, right) => left - right);
  const different = [...differentValues].sort((left, right) => left - right);
  const rate = (values: readonly number[], threshold: number): number =>
    values.filter((value) => value >= threshold).length / Math.max(1, values.length);
  // Sweep thresholds from high to low: each value passed moves one pair above the threshold.
  const labelled = [
    ...same.map((value) => ({ value, same: true })),
    ...different.map((value) => ({ value, same: false })),
  ].sort((left, right) => right.value - left.value);
  let balanced = { threshold: 0, score: 0 };
  let [sameAbove, differentAbove] = [0, 0];
  for (const pair of labelled) {
    if (pair.same) sameAbove += 1;
    else differentAbove += 1;
    const score = (sameAbove / Math.max(1, same.length) + 1 - differentAbove / Math.max(1, different.length)) / 2;
    if (score > balanced.score) balanced = { threshold: pair.value, score };
  }
  const at = (value: number) => ({
    value: round(value),
    recall: round(rate(same, value)),
    falsePositiveRate: round(rate(different, value)),
  });
  return {
    pairs: { same: same.length, different: different.length },
    same: { p01: round(quantile(same, 0.01)), p05: round(quantile(same, 0.05)), p50: round(quantile(same, 0.5)) },
    different: {
      p50: round(quantile(different, 0.5)),
      p95: round(quantile(different, 0.95)),
      p99: round(quantile(different, 0.99)),
      p999: round(quantile(different, 0.999)),
      max: round(different.at(-1) ?? Number.NaN),
    },
    thresholds: {
      candidate: at(quantile(same, 0.05)),
      accept: at(quantile(different, 0.999)),
      semantic: at(quantile(different, 0.95)),
      balanced: { ...at(balanced.threshold), balancedAccuracy: round(balanced.score) },
    },
    checked: checked.map(at),
  };
}

/** ProbVAA: a statement vs its five variants (same question) and vs the other statements of its country and language. */
export function separation(
  groups: readonly ProbvaaGroup[],
  vector: (group: ProbvaaGroup, text: string) => Float32Array,
  checked: readonly number[] = [],
) {
  const same: number[] = [];
  const different: number[] = [];
  const statementOf = (group: ProbvaaGroup): string => group.texts.find((entry) => entry.variant === "statement")!.text;
  groups.forEach((group, position) => {
    const statement = vector(group, statementOf(group));
    for (const entry of group.texts)
      if (entry.variant !== "statement") same.push(cosine(statement, vector(group, entry.text)));
    for (const other of groups.slice(position + 1))
      if (other.country === group.country && other.language === group.language)
        different.push(cosine(statement, vector(other, statementOf(other))));
  });
  return thresholdSummary(same, different, checked);
}
