// The node-llama-cpp scorer on the real GGUF (slow: only with NAVAB_SLOW_TESTS=1 and the local model): the batched
// scorer (prefix reuse, several sequences in one llama.cpp batch) gives the log-likelihoods of naive one-sequence
// scoring up to batch-shape numerics, and naive scoring matches a log-softmax over the full logits row.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ControlledEvaluateInputItem, Token } from "node-llama-cpp";
import { loadSettings } from "../../../src/config/settings.js";
import { LlamaCppScorer } from "../../../src/models/likelihood/llama-cpp-scorer.js";
import { disposeLlamaRuntime, sharedModel } from "../../../src/models/local/llama-runtime.js";
import { ensureLocalModel } from "../../../src/models/local/local-model.js";

const slow = process.env.NAVAB_SLOW_TESTS === "1";

const requests = ["Is the sky blue?", "Should taxes rise?", "Is tea better than coffee?"].flatMap((question) => [
  { context: `Question: ${question}\n`, continuation: "My answer is yes, it is." },
  { context: `Question: ${question}\n`, continuation: "My answer is no, it is not, and never was." },
]);

test(
  "batched scoring equals naive scoring, and naive scoring equals a full-vocabulary log-softmax",
  { skip: slow ? false : "set NAVAB_SLOW_TESTS=1 (needs the local GGUF)", timeout: 300_000 },
  async () => {
    const model = await sharedModel((await ensureLocalModel(loadSettings())).path);
    const batched = new LlamaCppScorer(model, "batched", { threads: 1, sequences: 4 });
    const naive = new LlamaCppScorer(model, "naive", { threads: 1, sequences: 1, prefixReuse: false });
    try {
      const [withBatching, withoutBatching] = [await batched.score(requests), await naive.score(requests)];
      withBatching.forEach((result, index) => {
        const other = withoutBatching[index];
        assert.equal(result.tokenCount, other?.tokenCount);
        // Different llama.cpp batch shapes round differently (see bench/scoring/README.md): 0.05 nats per token.
        const perToken = Math.abs(result.logLikelihood - (other?.logLikelihood ?? 0)) / result.tokenCount;
        assert.ok(perToken < 0.05, `request ${index}: ${result.logLikelihood} vs ${other?.logLikelihood}`);
        assert.ok(result.logLikelihood < 0 && Number.isFinite(result.logLikelihood));
      });
      assert.ok(
        batched.evaluatedTokens < naive.evaluatedTokens,
        `${batched.evaluatedTokens} < ${naive.evaluatedTokens}`,
      );
      // Hand check of the last token: log-softmax over the whole vocabulary from plain logits.
      const tokens: Token[] = [
        model.tokens.bos as Token,
        ...model.tokenize(requests[0]!.context + requests[0]!.continuation),
      ];
      const context = await model.createContext({ contextSize: 256, threads: 1 });
      const input: ControlledEvaluateInputItem[] = tokens
        .slice(0, -1)
        .map((token, index, all) => (index === all.length - 1 ? [token, { generateNext: { logits: true } }] : token));
      const output = await context.getSequence().controlledEvaluate(input);
      const logits = [...(output.at(-1)?.next.logits?.values() ?? [])];
      const maximum = Math.max(...logits);
      const logSum = maximum + Math.log(logits.reduce((total, logit) => total + Math.exp(logit - maximum), 0));
      const expected = (output.at(-1)?.next.logits?.get(tokens.at(-1) as Token) ?? 0) - logSum;
      const read = withoutBatching[0]?.tokenLogProbabilities?.at(-1) ?? 0;
      assert.ok(Math.abs(read - expected) < 1e-3, `${read} vs ${expected}`);
      await context.dispose();
    } finally {
      await batched.dispose();
      await naive.dispose();
      await disposeLlamaRuntime();
    }
  },
);
