// Planning a log-likelihood batch for a prefix-sharing backend (pure): groups, shared prefix, read positions,
// tails, token alignment at the context/continuation boundary, and assembling the per-request results.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  assembleGroup,
  evaluatedTokenCount,
  planRequests,
  type GroupLogProbabilities,
} from "../../../src/models/likelihood/scoring-plan.js";
import { LikelihoodScoringError } from "../../../src/models/likelihood/token-alignment.js";

const BOS = 0;
const MERGED = 1000;
/** Characters as tokens after a BOS, except that "ab" is one token (a merge across any boundary). */
const tokenize = (text: string): number[] => {
  const tokens = [BOS];
  for (let index = 0; index < text.length; index += 1) {
    if (text.startsWith("ab", index)) {
      tokens.push(MERGED);
      index += 1;
    } else tokens.push(text.charCodeAt(index));
  }
  return tokens;
};
const code = (character: string): number => character.charCodeAt(0);
const options = { prefixReuse: true, contextSize: 64 };

test("the candidates of one context share their common tokens as one prefix; each keeps its own tail", () => {
  const plans = planRequests(
    [
      { context: "Q?", continuation: "xyz" },
      { context: "Q?", continuation: "xw" },
      { context: "R.", continuation: "k" },
    ],
    tokenize,
    options,
  );
  assert.equal(plans.length, 2);
  const [first, second] = plans;
  assert.deepEqual(first?.requests, [0, 1]);
  // BOS Q ? x are shared; the continuation starts at index 3 ("x").
  assert.equal(first?.shared, 4);
  assert.deepEqual(first?.prefix.tokens, [BOS, code("Q"), code("?"), code("x")]);
  // Read positions: none before the continuation; at "?" the shared "x"; at the last shared token both next tokens.
  assert.deepEqual(first?.prefix.targets, [undefined, undefined, [code("x")], [code("y"), code("w")]]);
  assert.deepEqual(first?.tails, [
    { tokens: [code("y")], targets: [[code("z")]] },
    { tokens: [], targets: [] },
  ]);
  assert.equal(first && evaluatedTokenCount(first), 5);
  assert.deepEqual(second?.requests, [2]);
  assert.deepEqual(second?.prefix.tokens, [BOS, code("R"), code(".")]);
});

test("without prefix reuse every request is its own group evaluated from an empty state", () => {
  const plans = planRequests(
    [
      { context: "Q?", continuation: "xyz" },
      { context: "Q?", continuation: "xw" },
    ],
    tokenize,
    { ...options, prefixReuse: false },
  );
  assert.deepEqual(
    plans.map((plan) => plan.requests),
    [[0], [1]],
  );
  assert.deepEqual(plans[0]?.prefix.tokens, [BOS, code("Q"), code("?"), code("x"), code("y")]);
  assert.deepEqual(plans[0]?.tails, [{ tokens: [], targets: [] }]);
  assert.deepEqual(plans[0]?.prefix.targets.slice(2), [[code("x")], [code("y")], [code("z")]]);
});

test("a token straddling the boundary belongs to the continuation (lm-evaluation-harness alignment)", () => {
  const [plan] = planRequests([{ context: "Qa", continuation: "b!" }], tokenize, options);
  // Context alone: BOS Q a; with the continuation: BOS Q ab !, so the continuation is "ab" "!".
  assert.deepEqual(plan?.candidates[0], { tokens: [BOS, code("Q"), MERGED, code("!")], start: 2 });
  assert.deepEqual(plan?.prefix.targets, [undefined, [MERGED], [code("!")]]);
});

test("assembling takes shared positions from the prefix and the rest from each candidate's tail", () => {
  const [plan] = planRequests(
    [
      { context: "Q?", continuation: "xyz" },
      { context: "Q?", continuation: "xw" },
    ],
    tokenize,
    options,
  );
  assert.ok(plan);
  const found: GroupLogProbabilities = {
    prefix: [
      new Map(),
      new Map(),
      new Map([[code("x"), -1]]),
      new Map([
        [code("y"), -2],
        [code("w"), -3],
      ]),
    ],
    tails: [[new Map([[code("z"), -4]])], []],
  };
  const [long, short] = assembleGroup(plan, found);
  assert.deepEqual(long, { logLikelihood: -7, tokenCount: 3, tokenLogProbabilities: [-1, -2, -4] });
  assert.deepEqual(short, { logLikelihood: -4, tokenCount: 2, tokenLogProbabilities: [-1, -3] });
  assert.throws(() => assembleGroup(plan, { ...found, tails: [[], []] }), LikelihoodScoringError);
});

test("a text longer than one sequence's context and an empty continuation are refused with a clear error", () => {
  assert.throws(
    () => planRequests([{ context: "Q".repeat(70), continuation: "x" }], tokenize, options),
    /more than the context size 64/,
  );
  assert.throws(() => planRequests([{ context: "Q?", continuation: "" }], tokenize, options), LikelihoodScoringError);
});
