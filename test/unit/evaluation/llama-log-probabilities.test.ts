// Reading log-probabilities from node-llama-cpp's controlledEvaluate output (pure): the filtered logits of the
// targets plus the selected (highest) token and the total logit weight give the full-vocabulary log-softmax.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ControlledEvaluateIndexOutput, Token } from "node-llama-cpp";
import {
  readChunk,
  readLogProbabilities,
  scoringInput,
} from "../../../src/models/likelihood/llama-log-probabilities.js";
import { LikelihoodScoringError, logSoftmaxAt } from "../../../src/models/likelihood/token-alignment.js";

/** What the native sampler returns for a logits row with `filter.tokens`, `includeSelected` and greedy selection. */
function nativeOutput(row: number[], filter: number[]): ControlledEvaluateIndexOutput {
  const maximum = Math.max(...row);
  const selected = row.indexOf(maximum);
  const tokens = [...new Set([...filter, selected])];
  return {
    next: {
      logits: new Map(tokens.map((token) => [token as Token, row[token] as number])),
      totalLogitWeight: row.reduce((total, logit) => total + Math.exp(logit - maximum), 0),
    },
  };
}

test("the read log-probability equals a log-softmax over the whole row, for any target", () => {
  const row = [0.5, -1.25, 3.75, 2.0, -7, 3.7];
  for (const target of [0, 1, 2, 4, 5]) {
    const found = readLogProbabilities(nativeOutput(row, [target]), [target]);
    assert.ok(Math.abs((found.get(target) as number) - logSoftmaxAt(row, target)) < 1e-12);
  }
  const both = readLogProbabilities(nativeOutput(row, [1, 4]), [1, 4]);
  assert.ok(Math.abs((both.get(4) as number) - logSoftmaxAt(row, 4)) < 1e-12);
});

test("only scored positions ask for output, and they ask for no full-vocabulary list or sort", () => {
  const input = scoringInput({ tokens: [7, 8, 9], targets: [undefined, [9], [3, 4]] });
  assert.equal(input[0], 7);
  assert.deepEqual(input[1], [
    8,
    {
      generateNext: {
        logits: { filter: { tokens: [9], includeSelected: true } },
        totalLogitWeight: true,
        options: { temperature: 0 },
      },
    },
  ]);
  const options = (input[2] as [Token, { generateNext: Record<string, unknown> }])[1].generateNext;
  assert.equal(options.probabilities, undefined);
  assert.equal((options.logits as { filter: { includeTop?: number } }).filter.includeTop, undefined);
});

test("a chunk is read at its scored positions only; missing output is an error, never a score", () => {
  const row = [1, 2, 3];
  const found = readChunk([undefined, nativeOutput(row, [0])], { tokens: [5, 6], targets: [undefined, [0]] });
  assert.equal(found[0]?.size, 0);
  assert.ok(Math.abs((found[1]?.get(0) as number) - logSoftmaxAt(row, 0)) < 1e-12);
  assert.throws(
    () => readChunk([undefined, undefined], { tokens: [5, 6], targets: [undefined, [0]] }),
    LikelihoodScoringError,
  );
  assert.throws(() => readLogProbabilities(nativeOutput(row, [0]), [1]), /no logit for token 1/);
  assert.throws(
    () => readLogProbabilities({ next: { logits: new Map([[0 as Token, 1]]) } }, [0]),
    LikelihoodScoringError,
  );
});
