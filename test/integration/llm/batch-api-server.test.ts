// The Batch API backend against the scripted Batch server with the real openai client: JSONL uploaded with
// purpose "batch", batches created with the 24 h window, polled, output and error files downloaded; a process
// killed while it waits resumes without submitting any finished item again, and partial failures are retried
// while errors never reach the cache.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { BatchStore } from "../../../src/llm/batch/batch-store.js";
import { fileCache } from "../../../src/llm/cache.js";
import { OpenAiChatModel } from "../../../src/models/chat/openai-chat-model.js";
import { startScriptedBatchServer, type ScriptedBatchServer } from "../../support/scripted-batch-server.js";
import {
  goodAnswer,
  isQuestionRequest,
  runTwoStep,
  statementOf,
  TWO_STEP_ITEMS,
} from "../../support/two-step-stage.js";

const servers: ScriptedBatchServer[] = [];
after(() => Promise.all(servers.map((server) => server.close())));
const expected = TWO_STEP_ITEMS.map((item) => `not Q(${item})`);
const cachedAnswers = (folder: string): string[] =>
  readdirSync(join(folder, "cache"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".json"))
    .map((name) => (JSON.parse(readFileSync(join(folder, "cache", name), "utf8")) as { answer: string }).answer);

test("the real client through the scripted Batch API: partial failures retried, errors never cached", async () => {
  const server = await startScriptedBatchServer({
    progression: () => ["validating", "in_progress", "finalizing", "completed"],
    answer: (line, number) => {
      if (number === 0 && statementOf(line) === "order") return { status: 500, message: "overloaded" };
      if (number === 0 && statementOf(line) === "growth") return { content: "not json at all" };
      return goodAnswer(line);
    },
    chat: () => ({ status: 400, body: { error: { message: "the synchronous path must not be used" } } }),
  });
  servers.push(server);
  const folder = mkdtempSync(join(tmpdir(), "navab-batch-server-"));
  const chat = new OpenAiChatModel({ baseUrl: server.baseUrl, model: "scripted-model" });
  const { outcome, written } = await runTwoStep(
    TWO_STEP_ITEMS,
    chat,
    new BatchStore(join(folder, "batch")),
    { cache: fileCache(join(folder, "cache")) },
    { yes: true },
  );
  assert.deepEqual(outcome.status === "done" && outcome.result, expected);
  assert.equal(written.filter((result) => result.startsWith("failed")).length, 0);
  assert.equal(server.count("POST /v1/files"), 3, "step 1, its two failures again, step 2");
  assert.equal(server.count("POST /v1/batches"), 3);
  assert.ok(server.count("GET /v1/batches/:id") >= 9, "each batch polled through its statuses");
  assert.deepEqual(server.engine.batches[1]?.lines.filter(isQuestionRequest).map(statementOf).sort(), [
    "growth",
    "order",
  ]);
  const line = server.engine.batches[0]?.lines[0];
  assert.equal(line?.url, "/v1/chat/completions");
  assert.equal(line?.method, "POST");
  assert.match(line?.custom_id ?? "", /^[0-9a-f]{64}$/, "custom_id is the cache key");
  assert.equal((line?.body.response_format as { type?: string } | undefined)?.type, "json_schema");
  const answers = cachedAnswers(folder);
  assert.equal(answers.length, 10);
  assert.ok(
    answers.every((answer) => answer !== "not json at all"),
    "the invalid answer never reached the cache",
  );
  assert.equal(server.requests.filter((request) => request.path.endsWith("/chat/completions")).length, 0);
});

function runChild(folder: string, baseUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/batch-child.ts", folder, baseUrl], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

test("a process killed while its batch runs is resumed by the next one: no finished item is submitted again", async () => {
  let held = true;
  const server = await startScriptedBatchServer({ answer: goodAnswer, hold: () => held });
  servers.push(server);
  const folder = mkdtempSync(join(tmpdir(), "navab-batch-kill-"));
  const first = runChild(folder, server.baseUrl);
  const deadline = Date.now() + 60_000;
  while (server.count("GET /v1/batches/:id") < 2 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(server.count("POST /v1/batches"), 1, `the first process submitted step 1 (${first.output()})`);
  first.child.kill("SIGKILL");
  assert.equal(await first.exited, null, "killed, not finished");
  held = false;
  const second = runChild(folder, server.baseUrl);
  assert.equal(await second.exited, 0, second.output());
  assert.match(second.output(), /done/);
  assert.match(second.output(), /5 requests wait for answers \(5 already submitted\)/, "it polled the first batch");
  assert.equal(server.count("POST /v1/batches"), 2, "step 1 once (by the killed process), step 2 once");
  const keys = server.engine.submittedLines().map((line) => line.custom_id);
  assert.equal(new Set(keys).size, keys.length, "no request submitted twice");
  assert.equal(cachedAnswers(folder).length, 10, "the stage completed from the cache");
});
