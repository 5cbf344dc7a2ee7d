// The ONNX backend on the tiny bigram fixture (test/fixtures/evaluation/build-tiny-onnx-lm.py) against a hand computation.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { OnnxScorer } from "../../../src/models/likelihood/onnx-scorer.js";

const folder = fileURLToPath(new URL("../../fixtures/evaluation/tiny-onnx-lm", import.meta.url));
const VOCABULARY = [
  "[UNK]",
  "[BOS]",
  "my",
  "answer",
  "is",
  "yes",
  "no",
  "question",
  ":",
  "do",
  "you",
  "agree",
  "?",
  "it",
  "good",
  "bad",
];
const embedding = (row: number, column: number): number => (((row * 3 + column * 5) % 7) - 3) / 4;
const projection = (row: number, column: number): number => (((row * 2 + column * 7) % 11) - 5) / 5;

/** log p(next | previous) of the bigram model, computed by hand from the fixture's weight formulas. */
function handLogProbability(previous: string, next: string): number {
  const from = VOCABULARY.indexOf(previous);
  const logits = VOCABULARY.map((_word, column) =>
    [0, 1, 2, 3].reduce((total, inner) => total + embedding(from, inner) * projection(inner, column), 0),
  );
  const normalizer = Math.log(logits.reduce((total, logit) => total + Math.exp(logit), 0));
  return (logits[VOCABULARY.indexOf(next)] as number) - normalizer;
}

test("the ONNX backend scores continuation tokens exactly as a hand computation", async () => {
  const scorer = new OnnxScorer(folder);
  const [yes, no] = await scorer.score([
    { context: "Question: do you agree?", continuation: " My answer is yes" },
    { context: "Question: do you agree?", continuation: " My answer is no" },
  ]);
  const expectedYes = [
    ["?", "my"],
    ["my", "answer"],
    ["answer", "is"],
    ["is", "yes"],
  ].map(([left, right]) => handLogProbability(left as string, right as string));
  assert.equal(yes?.tokenCount, 4);
  yes?.tokenLogProbabilities?.forEach((value, index) =>
    assert.ok(Math.abs(value - (expectedYes[index] as number)) < 1e-5, `token ${index}`),
  );
  const expectedSum = expectedYes.reduce((total, value) => total + value, 0);
  assert.ok(Math.abs((yes?.logLikelihood ?? 0) - expectedSum) < 1e-5);
  const difference = (no?.logLikelihood ?? 0) - (yes?.logLikelihood ?? 0);
  assert.ok(Math.abs(difference - (handLogProbability("is", "no") - handLogProbability("is", "yes"))) < 1e-5);
});

test("the first context token is scored from the BOS token", async () => {
  const scorer = new OnnxScorer(folder);
  const [result] = await scorer.score([{ context: "", continuation: "good" }]);
  assert.ok(Math.abs((result?.logLikelihood ?? 0) - handLogProbability("[BOS]", "good")) < 1e-5);
});
