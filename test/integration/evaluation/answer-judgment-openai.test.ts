// AJ evaluation (the evaluation stage, no database) against an OpenAI-compatible server (the scripted one): a 429
// with Retry-After is retried by the shared retry (the openai client's own retries are off), and a re-run of the
// evaluation is answered from the cache without a request.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { runEvaluation } from "../../../src/evaluation/index.js";
import { fileCache } from "../../../src/llm/cache.js";
import { TokenLog } from "../../../src/llm/token-log.js";
import { OpenAiChatModel } from "../../../src/models/chat/openai-chat-model.js";
import { startScriptedServer, type ScriptedServer } from "../../support/scripted-openai-server.js";

let server: ScriptedServer;
let folder: string;

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
    if (body.response_format === undefined) return { content: "I agree." };
    return { content: JSON.stringify({ choice: body.messages.length % 2 === 0 ? "A" : "B", reason: "r" }) };
  });
  server.enqueue({ status: 429, retryAfter: "2" });
  const chat = new OpenAiChatModel({ baseUrl: server.baseUrl, model: "scripted-model" });
  const waits: number[] = [];
  const plumbing = () => ({
    cache: fileCache(folder),
    tokenLog: new TokenLog("aj"),
    retry: { sleep: async (milliseconds: number) => void waits.push(milliseconds) },
  });
  const evaluate = (runId: string, llm: ReturnType<typeof plumbing>) =>
    runEvaluation(
      {
        runId,
        sets: ["reference"],
        methods: ["aj"],
        limitPerSet: 2,
        model: { id: chat.id },
        folders: { home: folder, reference: loadSettings().reference },
      },
      {},
      { models: { chat, judge: chat }, llm },
    );
  const first = plumbing();
  const record = await evaluate("aj-first", first);
  assert.deepEqual(waits, [2000], "one wait, the server's Retry-After");
  assert.equal(server.requests.length, 5, "the 429, then answer + verdict for each of the two items");
  assert.equal(record.answerJudgment.length, 2);
  assert.ok(record.answerJudgment.every((result) => result.answer === "I agree." && result.verdict !== "invalid"));
  assert.equal(first.tokenLog.totals.calls, 4);

  const second = plumbing();
  const again = await evaluate("aj-again", second);
  assert.equal(server.requests.length, 5, "the re-run asks the server nothing");
  assert.deepEqual(again.answerJudgment, record.answerJudgment);
  assert.deepEqual([second.tokenLog.totals.calls, second.tokenLog.totals.cachedCalls], [0, 4]);
});
