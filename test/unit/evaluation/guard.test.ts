// The broken-scorer guard: canary with a known answer, text-independent log-probs, missing log-probs, mass ties.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkCanary, checkTies, ScorerGuardError } from "../../../src/evaluation/guard.js";
import { evaluateMultipleChoice } from "../../../src/evaluation/multiple-choice/evaluate-multiple-choice.js";
import { loadScoringPrompt } from "../../../src/llm/prompt-file.js";
import { FakeLogLikelihoodScorer } from "../../../src/models/likelihood/fake-log-likelihood-scorer.js";
import type { LogLikelihoodScorer } from "../../../src/models/likelihood/log-likelihood-scorer.js";
import { item } from "../../fixtures/evaluation/items.js";

const canaryAware = (rest: number) =>
  new FakeLogLikelihoodScorer((request, _token, position) =>
    request.context.includes("Is water wet")
      ? request.continuation.startsWith("My answer is yes")
        ? -0.5
        : -4
      : rest + position * 0,
  );

test("a scorer whose log-probs ignore the candidate text fails the canary", async () => {
  await assert.rejects(checkCanary(new FakeLogLikelihoodScorer(() => -1.25)), (error: unknown) => {
    assert.ok(error instanceof ScorerGuardError);
    assert.match(error.message, /same log-probs when the candidate text changes/);
    return true;
  });
});

test("a scorer that prefers the scrambled canary answer is refused", async () => {
  const inverted = new FakeLogLikelihoodScorer((request) =>
    request.continuation.startsWith("My answer is yes") ? -4 : -0.5,
  );
  await assert.rejects(checkCanary(inverted), /prefers a scrambled sentence/);
});

test("missing or non-finite log-probs raise instead of scoring", async () => {
  const missing: LogLikelihoodScorer = {
    id: "missing",
    score: async (requests) => requests.map(() => ({ logLikelihood: Number.NaN, tokenCount: 3 })),
  };
  await assert.rejects(checkCanary(missing), /missing or non-finite/);
  const scorer = canaryAware(-1);
  let calls = 0;
  const flaky: LogLikelihoodScorer = {
    id: "flaky",
    score: async (requests) =>
      calls++ === 0 ? scorer.score(requests) : requests.map(() => ({ logLikelihood: Number.NaN, tokenCount: 0 })),
  };
  await assert.rejects(
    evaluateMultipleChoice(
      [item("a", "x", "y")],
      {},
      { scorer: flaky, prompt: loadScoringPrompt("evaluation", "multiple-choice", "v1") },
    ),
    ScorerGuardError,
  );
});

test("ties between S and RS on most items stop the run; a few ties are fine", async () => {
  const prompt = loadScoringPrompt("evaluation", "multiple-choice", "v1");
  const tied = canaryAware(-1);
  await assert.rejects(
    evaluateMultipleChoice(
      ["a", "b", "c"].map((id) => item(id, "same length", "other words")),
      {},
      { scorer: tied, prompt },
    ),
    /tied S and RS on 3 of 3 items/,
  );
  assert.doesNotThrow(() =>
    checkTies(
      [
        { statement: -1, reverse: -1 },
        { statement: -1, reverse: -2 },
        { statement: -3, reverse: -2 },
      ],
      "x",
    ),
  );
});
