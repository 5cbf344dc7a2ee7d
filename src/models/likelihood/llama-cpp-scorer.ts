// LogLikelihoodScorer on a local GGUF through node-llama-cpp's low-level sequence API. A batch of requests is
// planned into groups (scoring-plan.ts: the tokens shared by the candidates of one context are evaluated once,
// each candidate's tail on top of them and erased again); the groups run on a pool of context sequences (one by
// default, see `sequences`), and log-probabilities are read only at continuation positions with the cheapest
// extraction the runtime offers (llama-log-probabilities.ts).
import type { LlamaContext, LlamaContextSequence, LlamaModel } from "node-llama-cpp";
import { llamaThreads } from "../local/thread-count.js";
import { readChunk, scoringInput } from "./llama-log-probabilities.js";
import type { LogLikelihoodRequest, LogLikelihoodResult, LogLikelihoodScorer } from "./log-likelihood-scorer.js";
import { runOnPool } from "./resource-pool.js";
import {
  assembleGroup,
  evaluatedTokenCount,
  planRequests,
  type EvaluationChunk,
  type GroupLogProbabilities,
  type GroupPlan,
} from "./scoring-plan.js";

export interface LlamaCppScorerOptions {
  /** Evaluate the prefix shared by the candidates of one context once (default true). */
  prefixReuse: boolean;
  /** Tokens each sequence holds (the longest scored text). */
  contextSize: number;
  /** Tokens per llama.cpp decode, shared by the sequences evaluated together. */
  batchSize: number;
  /**
   * Context sequences evaluated together (groups in flight). Default 1: node-llama-cpp 3.22 creates a per-sequence
   * (non-unified) KV cache, for which llama.cpp splits a mixed batch into ubatches with an equal token count per
   * sequence, so on CPU several sequences evaluated no faster (measured: same CPU seconds at 1 and 4) and mixing
   * changed log-probabilities by up to 0.035 nats per token (batch-shape numerics); see bench/scoring/README.md.
   */
  sequences: number;
  /** CPU threads; undefined = the machine's idle cores when the context is created (thread-count.ts). */
  threads: number | undefined;
}

export const LLAMA_CPP_SCORER_DEFAULTS: LlamaCppScorerOptions = {
  prefixReuse: true,
  contextSize: 2048,
  batchSize: 512,
  sequences: 1,
  threads: undefined,
};

interface Loaded {
  context: LlamaContext;
  sequences: LlamaContextSequence[];
}

export class LlamaCppScorer implements LogLikelihoodScorer {
  private loaded: Promise<Loaded> | undefined;
  private readonly options: LlamaCppScorerOptions;
  /** Tokens evaluated by the model so far (for tokens/second reports). */
  evaluatedTokens = 0;
  /** Threads of the context once it exists. */
  threads: number | undefined;

  constructor(
    private readonly model: LlamaModel,
    readonly id: string,
    options: Partial<LlamaCppScorerOptions> = {},
  ) {
    this.options = { ...LLAMA_CPP_SCORER_DEFAULTS, ...options };
  }

  /** The groups and chunks a batch is evaluated as (benchmarks replay them as plain prompts). */
  plan(requests: readonly LogLikelihoodRequest[]): GroupPlan[] {
    return planRequests(requests, (text) => this.tokenize(text), this.options);
  }

  async score(requests: readonly LogLikelihoodRequest[]): Promise<LogLikelihoodResult[]> {
    const plans = this.plan(requests);
    const { sequences } = await this.load();
    const found = await runOnPool(sequences, plans, (plan, sequence) => this.evaluateGroup(sequence, plan));
    const results: LogLikelihoodResult[] = new Array(requests.length);
    plans.forEach((plan, index) => {
      const scored = assembleGroup(plan, found[index] as GroupLogProbabilities);
      plan.requests.forEach((request, position) => (results[request] = scored[position] as LogLikelihoodResult));
      this.evaluatedTokens += evaluatedTokenCount(plan);
    });
    return results;
  }

  async dispose(): Promise<void> {
    const loaded = await this.loaded?.catch(() => undefined);
    this.loaded = undefined;
    await loaded?.context.dispose();
  }

  private load(): Promise<Loaded> {
    this.loaded ??= (async () => {
      this.threads = await llamaThreads(this.options.threads);
      const context = await this.model.createContext({
        contextSize: this.options.contextSize,
        batchSize: this.options.batchSize,
        threads: this.threads,
        sequences: this.options.sequences,
      });
      const sequences = Array.from({ length: this.options.sequences }, () => context.getSequence());
      return { context, sequences };
    })();
    this.loaded.catch(() => (this.loaded = undefined));
    return this.loaded;
  }

  private tokenize(text: string): number[] {
    const bos = this.model.tokens.bos;
    return [...(bos === null ? [] : [bos]), ...this.model.tokenize(text)];
  }

  private async evaluateGroup(sequence: LlamaContextSequence, plan: GroupPlan): Promise<GroupLogProbabilities> {
    await sequence.clearHistory();
    const prefix = await evaluateChunk(sequence, plan.prefix);
    const tails = [];
    for (const tail of plan.tails) {
      tails.push(await evaluateChunk(sequence, tail));
      if (sequence.nextTokenIndex > plan.shared)
        await sequence.eraseContextTokenRanges([{ start: plan.shared, end: sequence.nextTokenIndex }]);
    }
    return { prefix, tails };
  }
}

async function evaluateChunk(sequence: LlamaContextSequence, chunk: EvaluationChunk) {
  if (chunk.tokens.length === 0) return [];
  return readChunk(await sequence.controlledEvaluate(scoringInput(chunk)), chunk);
}
