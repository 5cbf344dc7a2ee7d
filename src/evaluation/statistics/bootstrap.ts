// Percentile bootstrap confidence interval of a proportion (Efron & Tibshirani 1993, ch. 13), seeded.
import { seededRandom } from "../../shared/seeded-random.js";

export interface ProportionInterval {
  n: number;
  correct: number;
  rate: number;
  low: number;
  high: number;
}

export interface BootstrapOptions {
  resamples: number;
  confidence: number;
  seed: number;
}

export const BOOTSTRAP_DEFAULTS: BootstrapOptions = { resamples: 2000, confidence: 0.95, seed: 1 };

/** Rate of `true` outcomes with a percentile bootstrap interval; an empty sample gives NaN bounds. */
export function bootstrapProportion(
  outcomes: readonly boolean[],
  options: Partial<BootstrapOptions> = {},
): ProportionInterval {
  const { resamples, confidence, seed } = { ...BOOTSTRAP_DEFAULTS, ...options };
  const n = outcomes.length;
  const correct = outcomes.filter(Boolean).length;
  if (n === 0) return { n, correct, rate: Number.NaN, low: Number.NaN, high: Number.NaN };
  const random = seededRandom(seed);
  const rates = new Float64Array(resamples);
  for (let resample = 0; resample < resamples; resample += 1) {
    let hits = 0;
    for (let draw = 0; draw < n; draw += 1) if (outcomes[Math.floor(random() * n)]) hits += 1;
    rates[resample] = hits / n;
  }
  rates.sort();
  const tail = (1 - confidence) / 2;
  const at = (quantile: number): number =>
    rates[Math.min(resamples - 1, Math.max(0, Math.floor(quantile * resamples)))] as number;
  return { n, correct, rate: correct / n, low: at(tail), high: at(1 - tail - 1 / resamples) };
}
