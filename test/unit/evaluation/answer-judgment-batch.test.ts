// AJ through the Batch API: the evaluated model's answers take one batch, the verdicts a second, and the results
// equal the synchronous run's (same positions, same verdicts); a pass waiting for a batch returns no partial result.
import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluateAnswerJudgment } from "../../../src/evaluation/answer-judgment/evaluate-answer-judgment.js";
import { RequestCollector } from "../../../src/llm/batch/batch-collector.js";
import { DeferredItems } from "../../../src/llm/batch/deferral.js";
import { runBatched } from "../../../src/llm/batch/run-batched.js";
import { memoryCache } from "../../../src/llm/cache.js";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import type { ChatRequest } from "../../../src/models/chat/chat-model.js";
import { FakeBatchApi } from "../../../src/models/chat/fake-batch-api.js";
import { FakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import { item } from "../../fixtures/evaluation/items.js";
import { temporaryStore } from "../../support/two-step-stage.js";

const prompts = {
  answer: loadPrompt("evaluation", "free-answer", "v1"),
  judge: loadPrompt("evaluation", "answer-judgment", "v3"),
};
const items = Array.from({ length: 6 }, (_unused, index) => item(`q${index}`, `yes ${index}`, `no ${index}`));

/** Answers a request the way the synchronous fake does: the judge finds the statement starting "yes". */
function answerOf(request: Pick<ChatRequest, "messages">): string {
  const user = request.messages.at(-1)?.content ?? "";
  if (!user.includes("<data-statementA>")) return "Yes, I agree.";
  const choice = /<data-statementA>\nyes/.test(user) ? "A" : "B";
  return JSON.stringify({ choice, reason: `agrees with ${choice}` });
}

test("AJ answers and verdicts through two batches equal the synchronous results", async () => {
  const synchronous = new FakeChatModel({ answers: (request) => answerOf(request) });
  const expected = await evaluateAnswerJudgment(
    items,
    { seed: 3, judgeRetries: 0 },
    {
      model: synchronous,
      judge: synchronous,
      prompts,
    },
  );

  const api = new FakeBatchApi({
    answer: (line) => ({ content: answerOf(line.body as unknown as ChatRequest) }),
  });
  const batched = new FakeChatModel({
    answers: () => {
      throw new Error("no synchronous call expected");
    },
    batchApi: api,
  });
  const store = temporaryStore();
  const collector = new RequestCollector(store);
  const cache = memoryCache();
  const passes: string[] = [];
  const outcome = await runBatched(
    async () => {
      try {
        return await evaluateAnswerJudgment(
          items,
          { seed: 3, judgeRetries: 0 },
          {
            model: batched,
            judge: batched,
            prompts,
            llm: { cache, batch: collector },
          },
        );
      } catch (error) {
        if (error instanceof DeferredItems) passes.push(`deferred ${error.items}`);
        throw error;
      }
    },
    {
      store,
      collector,
      prices: { promptPerMillion: 0, completionPerMillion: 0 },
      confirmAboveUsd: 1,
      yes: true,
      pollMs: 0,
      sleep: async () => {},
      log: () => {},
    },
  );
  assert.equal(outcome.status, "done");
  assert.deepEqual(outcome.status === "done" && outcome.result, expected);
  assert.deepEqual(passes, ["deferred 6", "deferred 6"], "answers, then verdicts; no partial result returned");
  assert.deepEqual(
    api.batches.map((batch) => batch.lines.length),
    [6, 6],
  );
  assert.equal(batched.calls.length, 0);
});
