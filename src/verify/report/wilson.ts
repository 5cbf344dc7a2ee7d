// Wilson score interval of a binomial proportion (Wilson 1927): well-behaved at 0 % and 100 %, which the paper's
// Table 7 rates are near (Align ≈ 1 %, Conflict 0 % after reduction), unlike the normal approximation.
export interface RateInterval {
  count: number;
  n: number;
  rate: number;
  low: number;
  high: number;
}

export function wilsonInterval(count: number, n: number, z = 1.959964): RateInterval {
  if (n === 0) return { count, n, rate: Number.NaN, low: Number.NaN, high: Number.NaN };
  const rate = count / n;
  const denominator = 1 + (z * z) / n;
  const centre = (rate + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((rate * (1 - rate)) / n + (z * z) / (4 * n * n))) / denominator;
  return { count, n, rate, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
