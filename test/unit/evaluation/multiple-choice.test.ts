// MC by perplexity on a scripted fake scorer: prompt forms, the metrics side by side, order-swap consistency.
import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluateMultipleChoice } from "../../../src/evaluation/multiple-choice/evaluate-multiple-choice.js";
import { loadScoringPrompt } from "../../../src/llm/prompt-file.js";
import { FakeLogLikelihoodScorer } from "../../../src/models/likelihood/fake-log-likelihood-scorer.js";
import { item } from "../../fixtures/evaluation/items.js";

const prompt = loadScoringPrompt("evaluation", "multiple-choice", "v1");

/** Canary-aware scorer: fluent canary wins; "good" words score -0.5, others -2; listed-options contexts favour the first option shown. */
const scripted = new FakeLogLikelihoodScorer((request, token, position) => {
  if (request.context.includes("Is water wet")) return request.continuation.startsWith("My answer is yes") ? -0.5 : -3;
  const firstListed = /Options:\n- (.*)\n/.exec(request.context)?.[1];
  if (firstListed !== undefined) return request.continuation.endsWith(firstListed) ? -0.5 : -1.5;
  return token.startsWith("good") ? -0.5 : position < 3 ? -1 : -2;
});

test("each item is scored as 'My answer is S/RS' after the question, in the paper form and both listed orders", async () => {
  const scorer = new FakeLogLikelihoodScorer();
  await evaluateMultipleChoice([item("a", "good one", "bad one")], { guard: false }, { scorer, prompt });
  const requests = scorer.calls.flat();
  assert.equal(requests.length, 6);
  assert.deepEqual(requests[0], { context: "Question: Is a good?\n", continuation: "My answer is good one" });
  assert.deepEqual(requests[1], { context: "Question: Is a good?\n", continuation: "My answer is bad one" });
  assert.equal(requests[2]?.context, "Question: Is a good?\nOptions:\n- good one\n- bad one\n");
  assert.equal(requests[4]?.context, "Question: Is a good?\nOptions:\n- bad one\n- good one\n");
});

test("per-token perplexity, summed log-likelihood and per-character scores can disagree and are all reported", async () => {
  // S = 5 tokens summing to -5.5; RS = 10 tokens summing to -8 but -0.8 per token: the sum prefers S, perplexity RS.
  const { results } = await evaluateMultipleChoice(
    [item("b", "good x", "bad good1 good2 good3 good4 good5 good6")],
    {},
    { scorer: scripted, prompt },
  );
  const [result] = results;
  assert.equal(result?.correct.sum, true);
  assert.equal(result?.correct.perplexity, false);
  assert.equal(result?.paper.statement.tokenCount, 5);
  assert.equal(result?.paper.reverse.tokenCount, 10);
});

test("a scorer that always prefers the first listed option is order-inconsistent", async () => {
  const { results } = await evaluateMultipleChoice([item("c", "good x", "bad y")], {}, { scorer: scripted, prompt });
  assert.equal(results[0]?.correct.listedForward, true);
  assert.equal(results[0]?.correct.listedSwapped, false);
  assert.equal(results[0]?.orderConsistent, false);
});

test("batches keep item order and report scored tokens", async () => {
  const items = ["d", "e", "f", "g", "h"].map((id) => item(id, "good z", "bad z"));
  const outcome = await evaluateMultipleChoice(items, { batchSize: 2 }, { scorer: scripted, prompt });
  assert.deepEqual(
    outcome.results.map((result) => result.itemId),
    ["d", "e", "f", "g", "h"],
  );
  assert.ok(outcome.results.every((result) => result.correct.perplexity && result.correct.sum));
  assert.equal(outcome.scoredTokens, 5 * 6 * 5);
});
