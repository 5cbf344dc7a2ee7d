// bench/scoring: the plain-evaluation side of runtime-ratio.ts — the very chunks the scorer evaluates (each group's
// shared prefix, then each candidate's tail on top of it, erased again) replayed as plain prompts with
// `evaluateWithoutGeneratingNewTokens` (no logits read anywhere), on a context of the same shape (sequences,
// threads, batch size) and with the same pool, so the only difference to scoring is reading log-probabilities.
import type { LlamaContext, LlamaContextSequence, LlamaModel, Token } from "node-llama-cpp";
import { runOnPool } from "../../src/models/likelihood/resource-pool.js";
import type { GroupPlan } from "../../src/models/likelihood/scoring-plan.js";

export interface PlainReplay {
  /** Evaluates every chunk of the plans; returns the tokens evaluated. */
  run(plans: readonly GroupPlan[]): Promise<number>;
  dispose(): Promise<void>;
}

export interface PlainShape {
  contextSize: number;
  batchSize: number;
  sequences: number;
  threads: number;
}

async function replayGroup(sequence: LlamaContextSequence, plan: GroupPlan): Promise<number> {
  await sequence.clearHistory();
  await sequence.evaluateWithoutGeneratingNewTokens(plan.prefix.tokens as Token[]);
  let tokens = plan.prefix.tokens.length;
  for (const tail of plan.tails) {
    if (tail.tokens.length === 0) continue;
    await sequence.evaluateWithoutGeneratingNewTokens(tail.tokens as Token[]);
    tokens += tail.tokens.length;
    await sequence.eraseContextTokenRanges([{ start: plan.shared, end: sequence.nextTokenIndex }]);
  }
  return tokens;
}

export async function createPlainReplay(model: LlamaModel, shape: PlainShape): Promise<PlainReplay> {
  const context: LlamaContext = await model.createContext(shape);
  const sequences = Array.from({ length: shape.sequences }, () => context.getSequence());
  return {
    async run(plans) {
      const counts = await runOnPool(sequences, plans, (plan, sequence) => replayGroup(sequence, plan));
      return counts.reduce((total, count) => total + count, 0);
    },
    dispose: () => context.dispose(),
  };
}
