// structuredCompletion with the fake chat model: validation, bounded retries, raw kept, cache of valid answers only.
import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { memoryCache } from "../../../src/llm/cache.js";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { parseJsonAnswer, structuredCompletion } from "../../../src/llm/structured-completion.js";
import { TokenLog } from "../../../src/llm/token-log.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";

const schema = z.object({ question: z.string().min(1) });
const prompt = loadPrompt("statements", "question-generation");
const variables = { language: "English", statement: "Peace matters." };

test("a valid answer is parsed, cached, and served from the cache the second time", async () => {
  const chat = fakeChatModel({ queue: [{ question: "Does peace matter?" }] });
  const cache = memoryCache();
  const log = new TokenLog("run");
  const first = await structuredCompletion(chat, prompt, variables, schema, { cache, tokenLog: log });
  assert.deepEqual(first, { ok: true, value: { question: "Does peace matter?" }, cached: false });
  const second = await structuredCompletion(chat, prompt, variables, schema, { cache, tokenLog: log });
  assert.equal(second.ok && second.cached, true);
  assert.equal(chat.calls.length, 1);
  assert.equal(log.totals.calls, 1);
  assert.equal(log.totals.cachedCalls, 1);
  assert.ok(chat.calls[0]?.jsonSchema, "the schema is sent to the backend");
});

test("malformed answers are retried a bounded number of times, then fail with the raw answer kept", async () => {
  const chat = fakeChatModel({ queue: ["not json", '{"question": ""}', '{"wrong": 1}'] });
  const cache = memoryCache();
  const result = await structuredCompletion(chat, prompt, variables, schema, { cache, retries: 2 });
  assert.equal(result.ok, false);
  assert.equal(chat.calls.length, 3);
  if (!result.ok) {
    assert.equal(result.raw, '{"wrong": 1}');
    assert.match(result.error, /question/);
  }
  assert.equal(cache.entries.size, 0, "errors are never cached");
});

test("a retry after a malformed answer can succeed", async () => {
  const chat = fakeChatModel({ queue: ["garbage", 'Here you go: ```json\n{"question": "Why?"}\n```'] });
  const result = await structuredCompletion(chat, prompt, variables, schema, { retries: 1 });
  assert.deepEqual(result, { ok: true, value: { question: "Why?" }, cached: false });
  assert.ok((chat.calls[1]?.temperature ?? 0) > (chat.calls[0]?.temperature ?? 0), "retries warm up the temperature");
});

test("parseJsonAnswer tolerates fences and surrounding text but rejects no-JSON", () => {
  assert.deepEqual(parseJsonAnswer('Sure! {"a": 1} hope it helps'), { a: 1 });
  assert.throws(() => parseJsonAnswer("no json here"), SyntaxError);
});

test("the token log prices uncached calls only", () => {
  const log = new TokenLog("run", undefined, { promptPerMillion: 2, completionPerMillion: 10 });
  log.record({ promptId: "p", modelId: "m", cached: false, usage: { promptTokens: 1000, completionTokens: 100 } });
  log.record({ promptId: "p", modelId: "m", cached: true });
  assert.equal(log.totals.costUsd, 0.003);
  assert.equal(log.totals.calls, 1);
});
