// McNemar's test for two paired classifiers (McNemar 1947): exact two-sided binomial p on the discordant pairs,
// and the chi-square statistic with Edwards' continuity correction (|b - c| - 1)^2 / (b + c).
export interface McNemarResult {
  /** Items right in the first run and wrong in the second. */
  firstOnly: number;
  /** Items wrong in the first run and right in the second. */
  secondOnly: number;
  bothCorrect: number;
  bothWrong: number;
  exactP: number;
  chiSquare: number;
  chiSquareP: number;
}

function binomialTwoSided(successes: number, trials: number): number {
  if (trials === 0) return 1;
  const smaller = Math.min(successes, trials - successes);
  let logCoefficient = 0;
  let tail = 0;
  for (let k = 0; k <= smaller; k += 1) {
    if (k > 0) logCoefficient += Math.log(trials - k + 1) - Math.log(k);
    tail += Math.exp(logCoefficient - trials * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}

/** Upper tail of the chi-square distribution with one degree of freedom: erfc(sqrt(x / 2)). */
function chiSquareOneTail(statistic: number): number {
  const z = Math.sqrt(statistic / 2);
  // Abramowitz & Stegun 7.1.26 complementary error function (|error| < 1.5e-7).
  const t = 1 / (1 + 0.3275911 * z);
  const polynomial = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return polynomial * Math.exp(-z * z);
}

export function mcnemar(first: readonly boolean[], second: readonly boolean[]): McNemarResult {
  if (first.length !== second.length) throw new RangeError("McNemar needs the same items in both runs");
  let firstOnly = 0;
  let secondOnly = 0;
  let bothCorrect = 0;
  let bothWrong = 0;
  first.forEach((left, index) => {
    const right = second[index];
    if (left && right) bothCorrect += 1;
    else if (left) firstOnly += 1;
    else if (right) secondOnly += 1;
    else bothWrong += 1;
  });
  const discordant = firstOnly + secondOnly;
  const chiSquare = discordant === 0 ? 0 : Math.max(0, Math.abs(firstOnly - secondOnly) - 1) ** 2 / discordant;
  return {
    firstOnly,
    secondOnly,
    bothCorrect,
    bothWrong,
    exactP: binomialTwoSided(firstOnly, discordant),
    chiSquare,
    chiSquareP: discordant === 0 ? 1 : chiSquareOneTail(Math.max(0, chiSquare)),
  };
}
