// Token bookkeeping shared by the log-likelihood backends (lm-evaluation-harness `loglikelihood` conventions):
// the continuation is whatever the tokenization of context+continuation adds after the context's own tokens,
// so a token that straddles the boundary (e.g. "\nMy") is scored as part of the continuation.
import { NavabError } from "../../shared/errors.js";
import type { LogLikelihoodRequest } from "./log-likelihood-scorer.js";

/** Raised when a request cannot be scored (empty continuation, text longer than the context window...). */
export class LikelihoodScoringError extends NavabError {
  override name = "LikelihoodScoringError";
}

export function commonPrefixLength(left: readonly number[], right: readonly number[]): number {
  const limit = Math.min(left.length, right.length);
  let index = 0;
  while (index < limit && left[index] === right[index]) index += 1;
  return index;
}

/** Index in `fullTokens` where the continuation starts, given the tokens of the context alone. */
export function continuationStart(
  contextTokens: readonly number[],
  fullTokens: readonly number[],
  request: LogLikelihoodRequest,
): number {
  const start = Math.min(commonPrefixLength(contextTokens, fullTokens), fullTokens.length - 1);
  if (request.continuation.length === 0 || start >= fullTokens.length) {
    throw new LikelihoodScoringError(`cannot score an empty continuation after "${request.context.slice(-40)}"`);
  }
  if (start < 1)
    throw new LikelihoodScoringError("the scored text needs at least one token of context (a BOS token or text)");
  return start;
}

/** Indexes of the requests grouped by identical context, in first-seen order (candidates of one item). */
export function groupByContext(requests: readonly LogLikelihoodRequest[]): number[][] {
  const groups = new Map<string, number[]>();
  requests.forEach((request, index) => {
    const group = groups.get(request.context);
    if (group) group.push(index);
    else groups.set(request.context, [index]);
  });
  return [...groups.values()];
}

/** log p(target) from a row of logits: logit - logsumexp(row). */
export function logSoftmaxAt(row: ArrayLike<number>, target: number): number {
  let maximum = -Infinity;
  for (let index = 0; index < row.length; index += 1) maximum = Math.max(maximum, row[index] ?? -Infinity);
  let total = 0;
  for (let index = 0; index < row.length; index += 1) total += Math.exp((row[index] ?? -Infinity) - maximum);
  const value = row[target];
  if (value === undefined)
    throw new LikelihoodScoringError(`token ${target} is outside the model's vocabulary (${row.length})`);
  return value - maximum - Math.log(total);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
