// The margin a dominant stance needs (issue 14 item 4): a one-sided binomial test against an even split (is the
// majority larger than chance at α?), a minimum share of the majority and a minimum number of statements. Below it
// the claim is contested and nothing on it is removed: 51/49 of many statements passes the test but not the share.
export interface MarginSettings {
  /** Significance of the one-sided binomial test H0: p = 0.5 against the majority. */
  alpha: number;
  /** The majority's least share of the statements with a stance (0.5..1). */
  minimumShare: number;
  /** The fewest statements with a stance a claim needs before it can have a dominant stance. */
  minimumStatements: number;
}

/** P(X ≥ successes) for X ~ Binomial(trials, 1/2), summed in log space (exact for any size). */
export function binomialUpperTail(successes: number, trials: number): number {
  if (successes <= 0) return 1;
  if (successes > trials) return 0;
  const logHalf = trials * Math.log(0.5);
  let logCoefficient = 0; // log C(trials, 0)
  let total = 0;
  for (let index = 0; index <= trials; index += 1) {
    if (index >= successes) total += Math.exp(logCoefficient + logHalf);
    logCoefficient += Math.log(trials - index) - Math.log(index + 1);
  }
  return Math.min(1, total);
}

export interface MarginVerdict {
  /** The majority's share of the statements with a stance (0 when there are none). */
  share: number;
  /** One-sided binomial p-value of the majority count. */
  pValue: number;
  passes: boolean;
}

export function marginOf(majority: number, minority: number, settings: MarginSettings): MarginVerdict {
  const total = majority + minority;
  if (total === 0) return { share: 0, pValue: 1, passes: false };
  const share = majority / total;
  const pValue = binomialUpperTail(majority, total);
  const passes =
    majority > minority &&
    total >= settings.minimumStatements &&
    share >= settings.minimumShare &&
    pValue <= settings.alpha;
  return { share, pValue, passes };
}
