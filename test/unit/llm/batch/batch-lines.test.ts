// Batch output and error files: an answer only from a 200 with message content; HTTP errors, line errors, refusals
// and unreadable lines become per-item errors (never answers).
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseOutputFile, requestLine, toJsonl } from "../../../../src/llm/batch/batch-lines.js";

const completion = (content: string | null, refusal?: string) => ({
  model: "gpt-x",
  choices: [{ index: 0, message: { role: "assistant", content, ...(refusal ? { refusal } : {}) } }],
  usage: { prompt_tokens: 12, completion_tokens: 3 },
});

test("output lines: answers with usage, HTTP errors, line errors, refusals and garbage", () => {
  const lines = [
    { custom_id: "a", response: { status_code: 200, body: completion('{"x":1}') }, error: null },
    { custom_id: "b", response: { status_code: 429, body: { error: { message: "rate limited" } } }, error: null },
    { custom_id: "c", response: null, error: { code: "batch_expired", message: "expired" } },
    { custom_id: "d", response: { status_code: 200, body: completion(null, "I cannot help") }, error: null },
    { custom_id: "e", response: { status_code: 200, body: { choices: [] } }, error: null },
  ];
  const { results, unreadable } = parseOutputFile(`${toJsonl(lines)}not json\n{"no": "custom id"}\n\n`, "fallback");
  assert.equal(unreadable, 2);
  assert.deepEqual(results[0], {
    key: "a",
    answer: { text: '{"x":1}', model: "gpt-x", usage: { promptTokens: 12, completionTokens: 3 } },
  });
  assert.deepEqual(results[1], { key: "b", error: "status 429: rate limited" });
  assert.deepEqual(results[2], { key: "c", error: "batch_expired: expired" });
  assert.deepEqual(results[3], { key: "d", error: "refused: I cannot help" });
  assert.match((results[4] as { error: string }).error, /^unreadable completion/);
});

test("an input line is {custom_id, method, url, body}", () => {
  assert.deepEqual(requestLine("k", { model: "m" }), {
    custom_id: "k",
    method: "POST",
    url: "/v1/chat/completions",
    body: { model: "m" },
  });
});
