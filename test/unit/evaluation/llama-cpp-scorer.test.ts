// The node-llama-cpp backend on a real GGUF (slow: only with NAVAB_SLOW_TESTS=1 and a local model): prefix reuse
// gives the same log-likelihoods as naive scoring, and both match a log-softmax over the full logits row.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ControlledEvaluateInputItem, Token } from "node-llama-cpp";
import { loadSettings } from "../../../src/config/settings.js";
import { LlamaCppScorer } from "../../../src/models/likelihood/llama-cpp-scorer.js";
import { ensureLocalModel } from "../../../src/models/local/local-model.js";
import { disposeLlamaRuntime, sharedModel } from "../../../src/models/local/llama-runtime.js";

const slow = process.env.NAVAB_SLOW_TESTS === "1";

test(
  "prefix reuse equals naive scoring and a full-vocabulary log-softmax",
  { skip: slow ? false : "set NAVAB_SLOW_TESTS=1 (needs the local GGUF)" },
  async () => {
    const local = await ensureLocalModel(loadSettings());
    const model = await sharedModel(local.path);
    try {
      const requests = [
        { context: "Question: Is the sky blue?\n", continuation: "My answer is yes, the sky is blue." },
        { context: "Question: Is the sky blue?\n", continuation: "My answer is no, the sky is green." },
      ];
      const reuse = new LlamaCppScorer(model, "reuse", { prefixReuse: true });
      const naive = new LlamaCppScorer(model, "naive", { prefixReuse: false });
      const [withReuse, withoutReuse] = [await reuse.score(requests), await naive.score(requests)];
      withReuse.forEach((result, index) =>
        assert.ok(Math.abs(result.logLikelihood - (withoutReuse[index]?.logLikelihood ?? 0)) < 1e-3),
      );
      assert.ok(reuse.evaluatedTokens < naive.evaluatedTokens, `${reuse.evaluatedTokens} < ${naive.evaluatedTokens}`);
      // Hand check of the last token: log-softmax over the whole vocabulary from plain logits.
      const tokens: Token[] = [
        model.tokens.bos as Token,
        ...model.tokenize(requests[0]!.context + requests[0]!.continuation),
      ];
      const context = await model.createContext({ contextSize: 256, threads: 1 });
      const sequence = context.getSequence();
      const input: ControlledEvaluateInputItem[] = tokens
        .slice(0, -1)
        .map((token, index, all) => (index === all.length - 1 ? [token, { generateNext: { logits: true } }] : token));
      const output = await sequence.controlledEvaluate(input);
      const logits = [...(output.at(-1)?.next.logits?.values() ?? [])];
      const maximum = Math.max(...logits);
      const logSum = maximum + Math.log(logits.reduce((total, logit) => total + Math.exp(logit - maximum), 0));
      const expected = (output.at(-1)?.next.logits?.get(tokens.at(-1) as Token) ?? 0) - logSum;
      assert.ok(
        Math.abs((withReuse[0]?.tokenLogProbabilities?.at(-1) ?? 0) - expected) < 1e-3,
        `${withReuse[0]?.tokenLogProbabilities?.at(-1)} vs ${expected}`,
      );
      await context.dispose();
      await reuse.dispose();
      await naive.dispose();
    } finally {
      await disposeLlamaRuntime();
    }
  },
);
