// The cheapest log-probability read node-llama-cpp 3.x offers for a chunk evaluated with controlledEvaluate: at a
// scored position ask only for the logits of the target tokens plus the greedily selected (= highest) token and
// the total logit weight Σ exp(logit − max), so log p(t) = logit(t) − max − log(weight). Unscored positions
// request nothing (llama.cpp then computes no output row for them). Not `includeTop`: it makes the native sampler
// sort the whole vocabulary at every scored position (49k entries for SmolLM2, ~5 ms), which made scoring up
// to 4× slower than plain evaluation; not `probabilities`: it copies the whole vocabulary to JavaScript.
import type { ControlledEvaluateIndexOutput, ControlledEvaluateInputItem, Token } from "node-llama-cpp";
import type { ChunkLogProbabilities, EvaluationChunk } from "./scoring-plan.js";
import { LikelihoodScoringError } from "./token-alignment.js";

export function scoringInput(chunk: EvaluationChunk): ControlledEvaluateInputItem[] {
  return chunk.tokens.map((token, index) => {
    const wanted = chunk.targets[index];
    if (wanted === undefined || wanted.length === 0) return token as Token;
    return [
      token as Token,
      {
        generateNext: {
          logits: { filter: { tokens: wanted as Token[], includeSelected: true } },
          totalLogitWeight: true,
          // Greedy selection: the selected token is the highest logit, the reference point of totalLogitWeight.
          options: { temperature: 0 },
        },
      },
    ];
  });
}

/** log p(target) for each wanted target of one evaluated position. */
export function readLogProbabilities(
  output: ControlledEvaluateIndexOutput | undefined,
  wanted: readonly number[],
): Map<number, number> {
  const logits = output?.next.logits;
  const weight = output?.next.totalLogitWeight;
  if (logits === undefined || logits.size === 0 || weight === undefined || !(weight >= 1))
    throw new LikelihoodScoringError("node-llama-cpp returned no logits or total logit weight for a scored token");
  let maximum = -Infinity;
  for (const logit of logits.values()) maximum = Math.max(maximum, logit);
  const normalizer = maximum + Math.log(weight);
  const result = new Map<number, number>();
  for (const token of wanted) {
    const logit = logits.get(token as Token);
    if (logit === undefined) throw new LikelihoodScoringError(`node-llama-cpp returned no logit for token ${token}`);
    result.set(token, logit - normalizer);
  }
  return result;
}

export function readChunk(
  outputs: readonly (ControlledEvaluateIndexOutput | undefined)[],
  chunk: EvaluationChunk,
): ChunkLogProbabilities {
  return chunk.targets.map((wanted, index) =>
    wanted === undefined || wanted.length === 0
      ? new Map<number, number>()
      : readLogProbabilities(outputs[index], wanted),
  );
}
