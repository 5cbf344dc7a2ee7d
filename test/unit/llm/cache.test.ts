// The answer cache: concurrent writes of one key never collide, keys change with everything that changes the answer,
// and free-text answers go through the same cache and token log as structured ones.
import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileCache, memoryCache } from "../../../src/llm/cache.js";
import { prepareCall } from "../../../src/llm/llm-call.js";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { textCompletion } from "../../../src/llm/text-completion.js";
import { TokenLog } from "../../../src/llm/token-log.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";

test("two identical answers stored at once (same key, same process) do not collide on a temporary file", async () => {
  const folder = await mkdtemp(join(tmpdir(), "navab-llm-cache-"));
  try {
    const cache = fileCache(folder);
    const key = "ab".repeat(32);
    await Promise.all(Array.from({ length: 8 }, () => cache.set(key, '{"question":"Why?"}')));
    assert.equal(await cache.get(key), '{"question":"Why?"}');
    assert.deepEqual(await readdir(join(folder, "ab")), [`${key}.json`], "no temporary file is left behind");
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("the cache key covers model, prompt version, rendered input, schema, seed, temperature and max tokens", () => {
  const prompt = loadPrompt("statements", "question-generation");
  const variables = { language: "English", statement: "Peace matters." };
  const chat = fakeChatModel("{}");
  const key = (options = {}, model = chat, values = variables, schema: Record<string, unknown> | undefined = {}) =>
    prepareCall(model, prompt, values, options, schema).cacheKey;
  const base = key();
  assert.equal(key(), base, "stable");
  assert.notEqual(key({ seed: 1 }), base);
  assert.notEqual(key({ maxTokens: 7 }), base);
  assert.notEqual(key({}, fakeChatModel("{}", "fake:other")), base);
  assert.notEqual(key({}, chat, { ...variables, statement: "War matters." }), base);
  assert.notEqual(key({}, chat, variables, { type: "object" }), base);
  assert.notEqual(prepareCall(chat, prompt, variables, {}).cacheKey, base, "free text and JSON never share a key");
  const warmer = { ...prompt, temperature: 0.7 };
  assert.notEqual(prepareCall(chat, warmer, variables, {}, {}).cacheKey, base);
});

test("free-text answers are cached and logged like structured ones; an empty answer is not stored", async () => {
  const prompt = loadPrompt("evaluation", "free-answer", "v1");
  const cache = memoryCache();
  const tokenLog = new TokenLog("run");
  const chat = fakeChatModel({ queue: ["I support it.", ""] });
  const first = await textCompletion(chat, prompt, { question: "Q1?" }, { cache, tokenLog, seed: 7 });
  const again = await textCompletion(chat, prompt, { question: "Q1?" }, { cache, tokenLog, seed: 7 });
  assert.deepEqual(
    [first, again],
    [
      { text: "I support it.", cached: false },
      { text: "I support it.", cached: true },
    ],
  );
  const empty = await textCompletion(chat, prompt, { question: "Q2?" }, { cache, tokenLog, seed: 7 });
  assert.deepEqual(empty, { text: "", cached: false });
  assert.equal(cache.entries.size, 1);
  assert.deepEqual([tokenLog.totals.calls, tokenLog.totals.cachedCalls], [2, 1]);
  assert.equal(chat.calls[0]?.jsonSchema, undefined, "free text asks for no schema");
  assert.equal(chat.calls[0]?.seed, 7);
});
