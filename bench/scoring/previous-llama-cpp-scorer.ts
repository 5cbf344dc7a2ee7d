// bench/scoring: the node-llama-cpp scorer as it was before the batched rework (commit 0250849), kept as the
// baseline that runtime-ratio.ts checks decisions and log-probabilities against and times for the speed-up:
// one sequence, log-probabilities read with `includeTop: 1` (a full-vocabulary sort per scored token).
// Original description: LogLikelihoodScorer on a local GGUF through node-llama-cpp's low-level sequence API
// (controlledEvaluate with per-token logits). With `prefixReuse` the tokens shared by all candidates of one context (the question and
// "My answer is") are evaluated once; each candidate's tail is then evaluated on top of that KV state and erased
// again (eraseContextTokenRanges), instead of re-scoring the whole text per candidate.
import type {
  ControlledEvaluateInputItem,
  LlamaContext,
  LlamaContextSequence,
  LlamaModel,
  Token,
} from "node-llama-cpp";
import type {
  LogLikelihoodRequest,
  LogLikelihoodResult,
  LogLikelihoodScorer,
} from "../../src/models/likelihood/log-likelihood-scorer.js";
import {
  commonPrefixLength,
  continuationStart,
  groupByContext,
  LikelihoodScoringError,
  sum,
} from "../../src/models/likelihood/token-alignment.js";

interface LlamaCppScorerOptions {
  /** Evaluate the prefix shared by the candidates of one context once (default true). */
  prefixReuse: boolean;
  contextSize: number;
  batchSize: number;
  threads: number;
}

const PREVIOUS_DEFAULTS: Omit<LlamaCppScorerOptions, "threads"> = {
  prefixReuse: true,
  contextSize: 2048,
  batchSize: 512,
};

interface Candidate {
  tokens: Token[];
  start: number;
}

/** Evaluates `tokens` appended to the sequence; returns log p(targets[i]) for every i where targets[i] is set. */
async function evaluateWithTargets(
  sequence: LlamaContextSequence,
  tokens: Token[],
  targets: (Token[] | undefined)[],
): Promise<Map<Token, number>[]> {
  const input: ControlledEvaluateInputItem[] = tokens.map((token, index) => {
    const wanted = targets[index];
    if (!wanted) return token;
    return [token, { generateNext: { logits: { filter: { tokens: wanted, includeTop: 1 } }, totalLogitWeight: true } }];
  });
  const output = await sequence.controlledEvaluate(input);
  return targets.map((wanted, index) => {
    const result = new Map<Token, number>();
    if (!wanted) return result;
    const next = output[index]?.next;
    if (!next?.logits || next.totalLogitWeight === undefined)
      throw new LikelihoodScoringError("node-llama-cpp returned no logits for a scored token");
    const maximum = Math.max(...next.logits.values());
    for (const token of wanted) {
      const logit = next.logits.get(token);
      if (logit === undefined) throw new LikelihoodScoringError(`node-llama-cpp returned no logit for token ${token}`);
      result.set(token, logit - maximum - Math.log(next.totalLogitWeight));
    }
    return result;
  });
}

export class PreviousLlamaCppScorer implements LogLikelihoodScorer {
  private context: Promise<LlamaContext> | undefined;
  private readonly options: LlamaCppScorerOptions;
  /** Tokens evaluated by the model so far (for tokens/second reports). */
  evaluatedTokens = 0;

  constructor(
    private readonly model: LlamaModel,
    readonly id: string,
    options: Partial<LlamaCppScorerOptions> & { threads: number },
  ) {
    this.options = { ...PREVIOUS_DEFAULTS, ...options };
  }

  async score(requests: readonly LogLikelihoodRequest[]): Promise<LogLikelihoodResult[]> {
    this.context ??= this.model.createContext({
      contextSize: this.options.contextSize,
      batchSize: this.options.batchSize,
      threads: this.options.threads,
      sequences: 1,
    });
    const sequence = (await this.context).getSequence();
    try {
      const results: LogLikelihoodResult[] = new Array(requests.length);
      for (const group of groupByContext(requests)) {
        const members = group.map((index) => requests[index] as LogLikelihoodRequest);
        const candidates = members.map((request) => this.candidate(request));
        const scored = this.options.prefixReuse
          ? await this.scoreShared(sequence, candidates)
          : await this.scoreEach(sequence, candidates);
        group.forEach((requestIndex, position) => (results[requestIndex] = scored[position] as LogLikelihoodResult));
      }
      return results;
    } finally {
      sequence.dispose();
    }
  }

  async dispose(): Promise<void> {
    if (this.context) await (await this.context).dispose();
    this.context = undefined;
  }

  private tokenize(text: string): Token[] {
    const bos = this.model.tokens.bos;
    return [...(bos === null ? [] : [bos]), ...this.model.tokenize(text)];
  }

  private candidate(request: LogLikelihoodRequest): Candidate {
    const tokens = this.tokenize(request.context + request.continuation);
    if (tokens.length > this.options.contextSize) {
      throw new LikelihoodScoringError(
        `a scored text has ${tokens.length} tokens, more than the context size ${this.options.contextSize}`,
      );
    }
    return { tokens, start: continuationStart(this.tokenize(request.context), tokens, request) };
  }

  /** Naive scoring: every candidate evaluated from an empty state. */
  private async scoreEach(sequence: LlamaContextSequence, candidates: Candidate[]): Promise<LogLikelihoodResult[]> {
    const results: LogLikelihoodResult[] = [];
    for (const { tokens, start } of candidates) {
      await sequence.clearHistory();
      const evaluated = tokens.slice(0, -1);
      const targets = evaluated.map((_token, index) => (index + 1 >= start ? [tokens[index + 1] as Token] : undefined));
      const found = await evaluateWithTargets(sequence, evaluated, targets);
      this.evaluatedTokens += evaluated.length;
      const values = tokens.slice(start).map((token, offset) => found[start - 1 + offset]?.get(token) as number);
      results.push({ logLikelihood: sum(values), tokenCount: values.length, tokenLogProbabilities: values });
    }
    return results;
  }

  /** Prefix reuse: shared tokens once, then each candidate's tail on top of them, erased afterwards. */
  private async scoreShared(sequence: LlamaContextSequence, candidates: Candidate[]): Promise<LogLikelihoodResult[]> {
    const first = candidates[0] as Candidate;
    let shared = Math.min(...candidates.map((candidate) => candidate.tokens.length - 1));
    for (const candidate of candidates) shared = Math.min(shared, commonPrefixLength(first.tokens, candidate.tokens));
    const earliest = Math.min(...candidates.map((candidate) => candidate.start));
    await sequence.clearHistory();
    const prefix = first.tokens.slice(0, shared);
    const prefixTargets = prefix.map((_token, index) => {
      if (index + 1 < earliest) return undefined;
      if (index + 1 < shared) return [first.tokens[index + 1] as Token];
      return [...new Set(candidates.map((candidate) => candidate.tokens[shared] as Token))];
    });
    const prefixFound = await evaluateWithTargets(sequence, prefix, prefixTargets);
    this.evaluatedTokens += prefix.length;
    const results: LogLikelihoodResult[] = [];
    for (const { tokens, start } of candidates) {
      const tail = tokens.slice(shared, -1);
      const tailFound = await evaluateWithTargets(
        sequence,
        tail,
        tail.map((_token, index) => [tokens[shared + index + 1] as Token]),
      );
      this.evaluatedTokens += tail.length;
      await sequence.eraseContextTokenRanges([{ start: shared, end: sequence.nextTokenIndex }]);
      const values = tokens.slice(start).map((token, offset) => {
        const position = start + offset;
        return (position <= shared ? prefixFound[position - 1] : tailFound[position - shared - 1])?.get(
          token,
        ) as number;
      });
      results.push({ logLikelihood: sum(values), tokenCount: values.length, tokenLogProbabilities: values });
    }
    return results;
  }
}
