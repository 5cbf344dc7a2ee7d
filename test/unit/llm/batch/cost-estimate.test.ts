// The estimate printed before a batch: CJK characters count one token each, others four to a token; completions
// are bounded by max_tokens; the Batch discount applies; without prices the cost is reported as unknown.
import assert from "node:assert/strict";
import { test } from "node:test";
import { requestLine } from "../../../../src/llm/batch/batch-lines.js";
import { describeEstimate, estimateCost, estimateTokens } from "../../../../src/llm/batch/cost-estimate.js";
import { chunkLines } from "../../../../src/llm/batch/submit-batches.js";

test("token estimate: CJK one per character, other text four characters per token", () => {
  assert.equal(estimateTokens("中方坚决反对"), 6);
  assert.equal(estimateTokens("abcdefgh"), 2);
  assert.equal(estimateTokens("中方 ok"), 3);
});

test("cost: prompt estimate plus max_tokens, priced per million, Batch discount applied", () => {
  const line = requestLine("k", { messages: [{ role: "user", content: "a".repeat(400) }], max_tokens: 100 });
  const estimate = estimateCost([line, line], {
    promptPerMillion: 1_000_000,
    completionPerMillion: 2_000_000,
    batchDiscount: 0.5,
  });
  // (3 + 4 + 100) prompt tokens per request.
  assert.equal(estimate.promptTokens, 214);
  assert.equal(estimate.maxCompletionTokens, 200);
  assert.equal(estimate.synchronousUsd, 214 + 400);
  assert.equal(estimate.batchUsd, (214 + 400) / 2);
  assert.match(
    describeEstimate(estimate, 0.5),
    /≤ \$307\.00 through the Batch API \(50% off\), ≤ \$614\.00 synchronously/,
  );
  const unpriced = estimateCost([line], { promptPerMillion: 0, completionPerMillion: 0 });
  assert.match(describeEstimate(unpriced, 0.5), /cost unknown: set NAVAB_LLM_PRICE_PROMPT/);
});

test("input files are cut at the line and byte limits", () => {
  const lines = Array.from({ length: 5 }, (_, index) => requestLine(`k${index}`, { text: "x".repeat(100) }));
  assert.deepEqual(
    chunkLines(lines, 2, 1e9).map((chunk) => chunk.length),
    [2, 2, 1],
  );
  const oneLine = Buffer.byteLength(JSON.stringify(lines[0])) + 1;
  assert.deepEqual(
    chunkLines(lines, 100, oneLine * 3).map((chunk) => chunk.length),
    [3, 2],
  );
});
