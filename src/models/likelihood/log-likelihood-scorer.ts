// The log-likelihood capability (lm-evaluation-harness style): batch of (context, continuation) in, scores out.
export interface LogLikelihoodRequest {
  context: string;
  continuation: string;
}

export interface LogLikelihoodResult {
  /** Sum of the natural-log probabilities of the continuation's tokens given the context. */
  logLikelihood: number;
  /** Number of continuation tokens (for length normalization and perplexity). */
  tokenCount: number;
  tokenLogProbabilities?: number[];
}

export interface LogLikelihoodScorer {
  readonly id: string;
  score(requests: readonly LogLikelihoodRequest[]): Promise<LogLikelihoodResult[]>;
}
