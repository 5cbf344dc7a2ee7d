// What a prefix-sharing backend evaluates for a batch of log-likelihood requests (pure, no model): the requests
// of one context form a group whose shared tokens (the question, "My answer is", any common start of S and RS)
// are evaluated once as the prefix; each candidate's remaining tokens are evaluated on top of the prefix as its
// tail. Each evaluated position names the tokens whose log-probability is read there (only continuation tokens,
// lm-evaluation-harness `loglikelihood` alignment, see token-alignment.ts). With `prefixReuse: false` every
// request is its own group (naive scoring: every text evaluated from an empty state).
import type { LogLikelihoodRequest, LogLikelihoodResult } from "./log-likelihood-scorer.js";
import {
  commonPrefixLength,
  continuationStart,
  groupByContext,
  LikelihoodScoringError,
  sum,
} from "./token-alignment.js";

/** Token ids of one request: BOS (if any) + context + continuation, and where the continuation starts. */
export interface CandidateTokens {
  tokens: number[];
  start: number;
}

/** Tokens evaluated in one call, and for each position the next tokens whose log-probabilities are read there. */
export interface EvaluationChunk {
  tokens: number[];
  targets: (number[] | undefined)[];
}

export interface GroupPlan {
  /** Indexes of the group's requests in the batch. */
  requests: number[];
  candidates: CandidateTokens[];
  /** Number of tokens shared by every candidate and evaluated once. */
  shared: number;
  prefix: EvaluationChunk;
  /** One per candidate, evaluated on top of the prefix (and erased again before the next one). */
  tails: EvaluationChunk[];
}

/** Log-probabilities read from one evaluated chunk: at position i, target token → log p(target | tokens ≤ i). */
export type ChunkLogProbabilities = Map<number, number>[];

export interface GroupLogProbabilities {
  prefix: ChunkLogProbabilities;
  tails: ChunkLogProbabilities[];
}

export interface PlanOptions {
  prefixReuse: boolean;
  /** Longest text (in tokens) one sequence can hold. */
  contextSize: number;
}

/** Tokenizes a text, BOS first when the model has one. */
export type Tokenize = (text: string) => number[];

export function candidateTokens(
  request: LogLikelihoodRequest,
  tokenize: Tokenize,
  contextSize: number,
): CandidateTokens {
  const tokens = tokenize(request.context + request.continuation);
  if (tokens.length > contextSize) {
    throw new LikelihoodScoringError(
      `a scored text has ${tokens.length} tokens, more than the context size ${contextSize}; shorten it or raise contextSize`,
    );
  }
  return { tokens, start: continuationStart(tokenize(request.context), tokens, request) };
}

export function planGroup(requests: number[], candidates: CandidateTokens[]): GroupPlan {
  const first = candidates[0];
  if (first === undefined) throw new LikelihoodScoringError("cannot plan an empty group of candidates");
  let shared = Math.min(...candidates.map((candidate) => candidate.tokens.length - 1));
  for (const candidate of candidates) shared = Math.min(shared, commonPrefixLength(first.tokens, candidate.tokens));
  const earliest = Math.min(...candidates.map((candidate) => candidate.start));
  const prefixTokens = first.tokens.slice(0, shared);
  const prefixTargets = prefixTokens.map((_token, index) => {
    if (index + 1 < earliest) return undefined;
    if (index + 1 < shared) return [first.tokens[index + 1] as number];
    return [...new Set(candidates.map((candidate) => candidate.tokens[shared] as number))];
  });
  const tails = candidates.map(({ tokens }) => {
    const tail = tokens.slice(shared, -1);
    return { tokens: tail, targets: tail.map((_token, index) => [tokens[shared + index + 1] as number]) };
  });
  return { requests, candidates, shared, prefix: { tokens: prefixTokens, targets: prefixTargets }, tails };
}

/** Groups (by context with prefix reuse, else one per request) in first-seen order. */
export function planRequests(
  requests: readonly LogLikelihoodRequest[],
  tokenize: Tokenize,
  options: PlanOptions,
): GroupPlan[] {
  const groups = options.prefixReuse ? groupByContext(requests) : requests.map((_request, index) => [index]);
  return groups.map((group) =>
    planGroup(
      group,
      group.map((index) => candidateTokens(requests[index] as LogLikelihoodRequest, tokenize, options.contextSize)),
    ),
  );
}

export function evaluatedTokenCount(plan: GroupPlan): number {
  return plan.prefix.tokens.length + sum(plan.tails.map((tail) => tail.tokens.length));
}

/** Each candidate's continuation log-probabilities, from the prefix where shared, else from its own tail. */
export function assembleGroup(plan: GroupPlan, found: GroupLogProbabilities): LogLikelihoodResult[] {
  return plan.candidates.map(({ tokens, start }, candidate) => {
    const values = tokens.slice(start).map((token, offset) => {
      const position = start + offset;
      const row =
        position <= plan.shared ? found.prefix[position - 1] : found.tails[candidate]?.[position - plan.shared - 1];
      const value = row?.get(token);
      if (value === undefined || !Number.isFinite(value))
        throw new LikelihoodScoringError(`no log-probability was read for token ${token} at position ${position}`);
      return value;
    });
    return { logLikelihood: sum(values), tokenCount: values.length, tokenLogProbabilities: values };
  });
}
