// AJ evaluation against an OpenAI-compatible server (the scripted one): a 429 with Retry-After is retried by the
// shared retry (the openai client's own retries are off), and a re-run is answered from the cache without a request.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { evaluateAnswerJudgment } from "../../../src/evaluation/answer-judgment/evaluate-answer-judgment.js";
import { fileCache } from "../../../src/llm/cache.js";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { TokenLog } from "../../../src/llm/token-log.js";
import { OpenAiChatModel } from "../../../src/models/chat/openai-chat-model.js";
import { item } from "../../fixtures/evaluation/items.js";
import { startScriptedServer, type ScriptedServer } from "../../support/scripted-openai-server.js";

let server: ScriptedServer;
let folder: string;
const prompts = {
  answer: loadPrompt("evaluation", "free-answer", "v1"),
  judge: loadPrompt("evaluation", "answer-judgment", "v3"),
};
const items = [item("q0", "yes statement 0", "no reverse 0"), item("q1", "yes statement 1", "no reverse 1")];

before(async () => {
  server = await startScriptedServer();
  folder = await mkdtemp(join(tmpdir(), "navab-aj-"));
});
after(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

test("a 429 is retried (honouring Retry-After), the run completes, and a re-run is answered from the cache", async () => {
  server.setHandler((request) => {
    const body = request.body as { messages: { content: string }[]; response_format?: unknown };
    if (body.response_format === undefined) return { content: "I agree: yes." };
    const user = body.messages.at(-1)?.content ?? "";
    return {
      content: JSON.stringify({ choice: /Statement A:\n<data-statementA>\nyes/.test(user) ? "A" : "B", reason: "r" }),
    };
  });
  server.enqueue({ status: 429, retryAfter: "2" });
  const chat = new OpenAiChatModel({ baseUrl: server.baseUrl, model: "scripted-model" });
  const waits: number[] = [];
  const llm = () => ({
    cache: fileCache(folder),
    tokenLog: new TokenLog("aj"),
    retry: { sleep: async (milliseconds: number) => void waits.push(milliseconds) },
  });
  const first = llm();
  const results = await evaluateAnswerJudgment(
    items,
    { seed: 7, judgeRetries: 0 },
    {
      model: chat,
      judge: chat,
      prompts,
      llm: first,
    },
  );
  assert.deepEqual(waits, [2000], "one wait, the server's Retry-After");
  assert.equal(server.requests.length, 5, "the 429, then answer + verdict for each of the two items");
  assert.ok(results.every((result) => result.correct && result.answer === "I agree: yes."));
  assert.equal(first.tokenLog.totals.calls, 4);

  const second = llm();
  const again = await evaluateAnswerJudgment(
    items,
    { seed: 7, judgeRetries: 0 },
    {
      model: chat,
      judge: chat,
      prompts,
      llm: second,
    },
  );
  assert.equal(server.requests.length, 5, "the re-run asks the server nothing");
  assert.deepEqual(again, results);
  assert.deepEqual([second.tokenLog.totals.calls, second.tokenLog.totals.cachedCalls], [0, 4]);
});
