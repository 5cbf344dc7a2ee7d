// Accuracy of a judge on labelled pairs: overall, per language and per variant, each a proportion with a seeded
// percentile bootstrap interval (src/evaluation/statistics/bootstrap.ts).
import { bootstrapProportion, type BootstrapOptions } from "../evaluation/statistics/bootstrap.js";

export interface JudgedOutcome {
  id: string;
  language: string;
  variant: string;
  verdict: string;
  correct: boolean;
}

export interface Accuracy {
  n: number;
  correct: number;
  accuracy: number;
  low: number;
  high: number;
}

export interface CalibrationScores {
  overall: Accuracy;
  byLanguage: Record<string, Accuracy>;
  byVariant: Record<string, Accuracy>;
  /** Verdicts given, counted (e.g. {"contradicts": 120, "same-stance": 70, "failed": 10}). */
  verdicts: Record<string, number>;
}

const accuracyOf = (outcomes: readonly JudgedOutcome[], bootstrap: Partial<BootstrapOptions>): Accuracy => {
  const interval = bootstrapProportion(
    outcomes.map((outcome) => outcome.correct),
    bootstrap,
  );
  return { n: interval.n, correct: interval.correct, accuracy: interval.rate, low: interval.low, high: interval.high };
};

function byKey(
  outcomes: readonly JudgedOutcome[],
  key: (outcome: JudgedOutcome) => string,
  bootstrap: Partial<BootstrapOptions>,
): Record<string, Accuracy> {
  const groups = new Map<string, JudgedOutcome[]>();
  for (const outcome of outcomes) groups.set(key(outcome), [...(groups.get(key(outcome)) ?? []), outcome]);
  return Object.fromEntries(
    [...groups.keys()].sort().map((name) => [name, accuracyOf(groups.get(name) ?? [], bootstrap)]),
  );
}

export function calibrationScores(
  outcomes: readonly JudgedOutcome[],
  bootstrap: Partial<BootstrapOptions>,
): CalibrationScores {
  const verdicts: Record<string, number> = {};
  for (const outcome of outcomes) verdicts[outcome.verdict] = (verdicts[outcome.verdict] ?? 0) + 1;
  return {
    overall: accuracyOf(outcomes, bootstrap),
    byLanguage: byKey(outcomes, (outcome) => outcome.language, bootstrap),
    byVariant: byKey(outcomes, (outcome) => outcome.variant, bootstrap),
    verdicts,
  };
}
