// The batch loop with a fake Batch API: dependent steps take one batch each and the last pass answers from the
// cache; partial failures (error lines, invalid answers, expired batches) are recorded per item and resubmitted;
// an item past its bound is answered synchronously; errors and invalid answers never reach the cache.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { memoryCache } from "../../../../src/llm/cache.js";
import { TokenLog } from "../../../../src/llm/token-log.js";
import { FakeBatchApi } from "../../../../src/models/chat/fake-batch-api.js";
import { fakeChatModel } from "../../../../src/models/chat/fake-chat-model.js";
import {
  goodAnswer,
  isQuestionRequest,
  runTwoStep,
  statementOf,
  temporaryStore,
} from "../../../support/two-step-stage.js";

const items = ["peace", "order", "growth", "unity", "trade"];
const expected = items.map((item) => `not Q(${item})`);
const noSynchronousCalls = () => {
  throw new Error("the synchronous path was used");
};

test("two dependent steps take two batches; the third pass answers everything from the cache", async () => {
  const api = new FakeBatchApi({ answer: goodAnswer });
  const chat = fakeChatModel(noSynchronousCalls, "fake:batchable");
  Object.assign(chat, { batch: { body: (request: object) => ({ model: "m", ...request }), api } });
  const cache = memoryCache();
  const tokenLog = new TokenLog("run", undefined, {
    promptPerMillion: 1e6,
    completionPerMillion: 0,
    batchDiscount: 0.5,
  });
  const { outcome } = await runTwoStep(items, chat, temporaryStore(), { cache, tokenLog });
  assert.equal(outcome.status, "done");
  assert.deepEqual(outcome.status === "done" && outcome.result, expected);
  assert.equal(outcome.passes, 3);
  assert.equal(api.batches.length, 2);
  assert.deepEqual(
    api.batches.map((batch) => batch.lines.length),
    [5, 5],
  );
  assert.equal(chat.calls.length, 0, "no synchronous call");
  assert.equal(cache.entries.size, 10);
  // Ten batch answers of 10 prompt tokens each at $1 per token, half off.
  assert.equal(tokenLog.totals.promptTokens, 100);
  assert.equal(tokenLog.totals.costUsd, 50);
});

test("error lines, invalid answers and an expired batch's missing lines are recorded and resubmitted, never cached", async () => {
  const api = new FakeBatchApi({
    progression: (number) => (number === 0 ? ["in_progress", "expired"] : ["in_progress", "completed"]),
    answer: (line, number) => {
      if (number > 0 || !isQuestionRequest(line)) return goodAnswer(line);
      const statement = statementOf(line);
      if (statement === "order") return { status: 500, message: "server error" };
      if (statement === "growth") return { content: '{"question": ""}' };
      if (statement === "unity") return "skip"; // the batch expired before this line
      if (statement === "trade") return { error: "request too large" };
      return goodAnswer(line);
    },
  });
  const chat = fakeChatModel(noSynchronousCalls, "fake:batchable");
  Object.assign(chat, { batch: { body: (request: object) => ({ model: "m", ...request }), api } });
  const cache = memoryCache();
  const store = temporaryStore();
  const { outcome, written } = await runTwoStep(items, chat, store, { cache });
  assert.deepEqual(outcome.status === "done" && outcome.result, expected);
  assert.deepEqual(
    written.filter((result) => result.startsWith("failed")),
    [],
    "no pass wrote a failed item",
  );
  const resubmitted = api.batches[1]?.lines.filter(isQuestionRequest).map(statementOf).sort();
  assert.deepEqual(resubmitted, ["growth", "order", "trade", "unity"]);
  const failures = [...(await store.failures()).values()].flat().map((failure) => failure.error);
  assert.equal(failures.length, 4);
  assert.ok(failures.some((error) => /status 500/.test(error)));
  assert.ok(failures.some((error) => /invalid answer: question/.test(error)));
  assert.ok(failures.some((error) => /not answered: batch expired/.test(error)));
  assert.ok(failures.some((error) => /request too large/.test(error)));
  for (const answer of cache.entries.values()) assert.doesNotMatch(answer, /"question": ""/, "never an invalid answer");
  assert.equal(cache.entries.size, 10);
});

test("an item that keeps failing in batches is left to the synchronous path after its bound", async () => {
  const api = new FakeBatchApi({
    answer: (line) => (statementOf(line) === "order" ? { status: 400, message: "bad" } : goodAnswer(line)),
  });
  const chat = fakeChatModel((request) => {
    const user = request.messages.at(-1)?.content ?? "";
    return user.includes("Q(") ? { reverseStatement: "sync reverse" } : { question: "Q(order)" };
  }, "fake:batchable");
  Object.assign(chat, { batch: { body: (request: object) => ({ model: "m", ...request }), api } });
  const cache = memoryCache();
  const { outcome } = await runTwoStep(["order", "peace"], chat, temporaryStore(), { cache }, { maxSubmissions: 2 });
  assert.deepEqual(outcome.status === "done" && outcome.result, ["not Q(order)", "not Q(peace)"]);
  const orderSubmissions = api.submittedLines().filter((line) => statementOf(line) === "order").length;
  assert.equal(orderSubmissions, 2, "submitted twice (the bound), then answered synchronously");
  assert.equal(chat.calls.length, 1);
});

test("a run stopped after submitting resumes from the records: finished items are never submitted again", async () => {
  const api = new FakeBatchApi({
    answer: goodAnswer,
    progression: () => ["validating", "in_progress", "in_progress", "completed"],
  });
  const chat = fakeChatModel(noSynchronousCalls, "fake:batchable");
  Object.assign(chat, { batch: { body: (request: object) => ({ model: "m", ...request }), api } });
  const store = temporaryStore();
  const cache = memoryCache();
  const first = await runTwoStep(items, chat, store, { cache }, { detach: true });
  assert.equal(first.outcome.status, "waiting");
  assert.equal(api.batches.length, 1);
  // A second process: new collector objects over the same folder; it polls the submitted batch instead.
  const second = await runTwoStep(items, chat, store, { cache });
  assert.deepEqual(second.outcome.status === "done" && second.outcome.result, expected);
  assert.equal(api.batches.length, 2, "the first step's batch once, then the second step's");
  const keys = api.submittedLines().map((line) => line.custom_id);
  assert.equal(new Set(keys).size, keys.length, "no request submitted twice");
  assert.match(second.lines.join("\n"), /5 requests wait for answers \(5 already submitted\)/);
});

test("a submission above the cost threshold is refused without --yes, and nothing is uploaded", async () => {
  const api = new FakeBatchApi({ answer: goodAnswer });
  const chat = fakeChatModel(noSynchronousCalls, "fake:batchable");
  Object.assign(chat, { batch: { body: (request: object) => ({ model: "m", ...request }), api } });
  const store = temporaryStore();
  await assert.rejects(
    runTwoStep(
      items,
      chat,
      store,
      { cache: memoryCache() },
      {
        prices: { promptPerMillion: 100_000, completionPerMillion: 100_000, batchDiscount: 0.5 },
        confirmAboveUsd: 1,
      },
    ),
    /above NAVAB_LLM_CONFIRM_ABOVE_USD \(\$1\); nothing was submitted — re-run with --yes/,
  );
  assert.deepEqual(api.calls, []);
  const asked: string[] = [];
  const { outcome } = await runTwoStep(
    items,
    chat,
    store,
    { cache: memoryCache() },
    {
      prices: { promptPerMillion: 100_000, completionPerMillion: 100_000, batchDiscount: 0.5 },
      confirmAboveUsd: 1,
      ask: async (question) => Boolean(asked.push(question)),
    },
  );
  assert.equal(outcome.status, "done");
  assert.equal(asked.length, 2, "asked before each step's batch");
  const record = readFileSync(
    join(store.folder, "submissions", `${(await store.submissions())[0]?.id}.input.jsonl`),
    "utf8",
  );
  assert.equal(record.trim().split("\n").length, 5, "what was submitted is kept");
});

test("a stage that swallows a deferred request is refused (it may have recorded a failure)", async () => {
  const api = new FakeBatchApi({ answer: goodAnswer });
  const chat = fakeChatModel(noSynchronousCalls, "fake:batchable");
  Object.assign(chat, { batch: { body: (request: object) => ({ model: "m", ...request }), api } });
  const { runBatched } = await import("../../../../src/llm/batch/run-batched.js");
  const { RequestCollector } = await import("../../../../src/llm/batch/batch-collector.js");
  const store = temporaryStore();
  const collector = new RequestCollector(store);
  const swallowing = async () => {
    try {
      await runTwoStepInner(chat, collector);
    } catch {
      return "recorded as failed";
    }
    return "ok";
  };
  await assert.rejects(
    runBatched(swallowing, {
      store,
      collector,
      prices: { promptPerMillion: 0, completionPerMillion: 0 },
      confirmAboveUsd: 1,
      yes: true,
      log: () => {},
    }),
    /caught 5 deferred request\(s\) itself/,
  );
});

async function runTwoStepInner(chat: Parameters<typeof runTwoStep>[1], collector: object): Promise<void> {
  const { twoStepStage } = await import("../../../support/two-step-stage.js");
  await twoStepStage(items, chat, { cache: memoryCache(), batch: collector as never });
}
