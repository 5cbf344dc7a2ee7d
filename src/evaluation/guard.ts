// Guards against broken scorers (a known failure of OpenAI-compatible echo endpoints is to silently return
// prompt log-probs that ignore the text, which yields chance-level MC scores): a canary pair with a known
// answer, log-probs that do not change when the candidate changes, missing/non-finite log-probs, and ties
// between S and RS on most items all raise ScorerGuardError instead of producing a score.
import type { LogLikelihoodResult, LogLikelihoodScorer } from "../models/likelihood/log-likelihood-scorer.js";
import { NavabError } from "../shared/errors.js";

export class ScorerGuardError extends NavabError {
  override name = "ScorerGuardError";
}

export interface GuardOptions {
  /** Largest share of items whose S and RS log-likelihoods may tie before the run is refused. */
  maximumTieShare: number;
  tolerance: number;
}

export const GUARD_DEFAULTS: GuardOptions = { maximumTieShare: 0.5, tolerance: 1e-9 };

/** A fluent sentence against the same words scrambled: every working language model prefers the first. */
export const CANARY = {
  context: "Question: Is water wet?\n",
  right: "My answer is yes, water is wet.",
  wrong: "My answer is wet is yes, water.",
};

export function assertUsableResult(result: LogLikelihoodResult | undefined, scorerId: string): LogLikelihoodResult {
  if (!result || !Number.isFinite(result.logLikelihood) || result.tokenCount < 1) {
    throw new ScorerGuardError(`scorer ${scorerId} returned a missing or non-finite log-likelihood; refusing to score`);
  }
  if (result.logLikelihood > 1e-6)
    throw new ScorerGuardError(`scorer ${scorerId} returned a positive log-likelihood (${result.logLikelihood})`);
  return result;
}

/** Scores the canary pair; throws unless the fluent answer wins by a clear margin. */
export async function checkCanary(scorer: LogLikelihoodScorer, options: Partial<GuardOptions> = {}): Promise<void> {
  const { tolerance } = { ...GUARD_DEFAULTS, ...options };
  const [right, wrong] = await scorer.score([
    { context: CANARY.context, continuation: CANARY.right },
    { context: CANARY.context, continuation: CANARY.wrong },
  ]);
  const rightResult = assertUsableResult(right, scorer.id);
  const wrongResult = assertUsableResult(wrong, scorer.id);
  if (Math.abs(rightResult.logLikelihood - wrongResult.logLikelihood) <= tolerance) {
    throw new ScorerGuardError(
      `scorer ${scorer.id} gives the same log-probs when the candidate text changes (canary tie): it ignores the scored text (a broken echo endpoint?)`,
    );
  }
  if (rightResult.logLikelihood < wrongResult.logLikelihood) {
    throw new ScorerGuardError(
      `scorer ${scorer.id} prefers a scrambled sentence on the canary pair (${wrongResult.logLikelihood.toFixed(3)} > ${rightResult.logLikelihood.toFixed(3)}): log-probs look broken`,
    );
  }
}

/** After scoring: too many exact S/RS ties means the scores carry no signal. */
export function checkTies(
  pairs: readonly { statement: number; reverse: number }[],
  scorerId: string,
  options: Partial<GuardOptions> = {},
): void {
  const { maximumTieShare, tolerance } = { ...GUARD_DEFAULTS, ...options };
  if (pairs.length === 0) return;
  const ties = pairs.filter((pair) => Math.abs(pair.statement - pair.reverse) <= tolerance).length;
  if (ties / pairs.length > maximumTieShare) {
    throw new ScorerGuardError(
      `scorer ${scorerId} tied S and RS on ${ties} of ${pairs.length} items: the log-probs carry no signal`,
    );
  }
}
