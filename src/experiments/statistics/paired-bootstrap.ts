// Paired percentile bootstrap of a difference of two proportions measured on the same items (Efron & Tibshirani
// 1993, ch. 13): items are resampled with replacement and both outcomes of an item move together, seeded.
import { seededRandom } from "../../shared/seeded-random.js";

export interface DifferenceInterval {
  /** first rate − second rate on the shared items. */
  value: number;
  low: number;
  high: number;
}

export function pairedBootstrapDifference(
  first: readonly boolean[],
  second: readonly boolean[],
  options: { resamples: number; confidence: number; seed: number },
): DifferenceInterval {
  if (first.length !== second.length)
    throw new RangeError("experiments/paired-bootstrap: both outcome lists must cover the same items");
  const n = first.length;
  if (n === 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const delta = first.map((value, index) => Number(value) - Number(second[index]));
  const value = delta.reduce((total, entry) => total + entry, 0) / n;
  const random = seededRandom(options.seed);
  const draws = new Float64Array(options.resamples);
  for (let resample = 0; resample < options.resamples; resample += 1) {
    let total = 0;
    for (let draw = 0; draw < n; draw += 1) total += delta[Math.floor(random() * n)] as number;
    draws[resample] = total / n;
  }
  draws.sort();
  const tail = (1 - options.confidence) / 2;
  const at = (quantile: number): number =>
    draws[Math.min(options.resamples - 1, Math.max(0, Math.floor(quantile * options.resamples)))] as number;
  return { value, low: at(tail), high: at(1 - tail - 1 / options.resamples) };
}
