// The statement chain (extraction → source judgment → triples) through the Batch API on a real graph: a first
// process submits the extraction batch and is abandoned while the batch runs (its Run left "deferred", no item
// recorded as failed); a second process resumes it without re-submitting, then takes one batch per dependent
// step, and the last pass writes every item from the cache with the synchronous endpoint never asked.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { RequestCollector } from "../../../src/llm/batch/batch-collector.js";
import { BatchStore } from "../../../src/llm/batch/batch-store.js";
import { runBatched } from "../../../src/llm/batch/run-batched.js";
import { fileCache } from "../../../src/llm/cache.js";
import { TokenLog } from "../../../src/llm/token-log.js";
import type { BatchRequestLine } from "../../../src/models/chat/batch-api.js";
import { OpenAiChatModel } from "../../../src/models/chat/openai-chat-model.js";
import * as statements from "../../../src/statements/index.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";
import { readRun } from "../../support/run-records.js";
import { startScriptedBatchServer, type ScriptedBatchServer } from "../../support/scripted-batch-server.js";
import { statementAnswers } from "./scripted-answers.js";

const testId = uniqueRunId("batch-statements");
const runId = `${testId}-run`;
/** Makes this file's statement texts its own: identical texts across articles share one StatementGroup (item). */
const tag = testId.slice(-8);
let executor: CypherExecutor;
let server: ScriptedBatchServer;
let held = true;
const folder = mkdtempSync(join(tmpdir(), "navab-batch-pipeline-"));

const ARTICLES = [
  {
    id: `${testId}-a1`,
    kind: "answer",
    title: "台湾",
    topics: [],
    topicLabel: "",
    text: `记者问到台湾问题。中方坚决反对任何形式的“台独”分裂活动${tag}。我们也支持两岸同胞加强交流合作${tag}。`,
  },
  {
    id: `${testId}-a2`,
    kind: "answer",
    title: "南海",
    topics: [],
    topicLabel: "",
    text: `关于南海问题，中方坚决反对域外国家干涉地区事务${tag}。布林肯国务卿昨天表示美方支持所谓航行自由行动${tag}。`,
  },
  {
    id: `${testId}-a3`,
    kind: "article",
    title: "社论",
    topics: [],
    topicLabel: "",
    text: `今天北京天气晴朗。社论指出，中国坚决支持多边主义${tag}。`,
  },
];
const articleIds = ARTICLES.map((article) => article.id);

function batchAnswer(line: BatchRequestLine) {
  const reply = statementAnswers({ path: line.url, body: line.body, headers: {} });
  return "content" in reply ? { content: reply.content } : { status: 400, message: "unknown step" };
}

/** One "process": fresh collector, store and chat objects over the same folders. */
function runProcess(overrides: { maxWaitMs?: number } = {}) {
  const store = new BatchStore(join(folder, "batch"));
  const collector = new RequestCollector(store);
  const chat = new OpenAiChatModel({ baseUrl: server.baseUrl, model: "scripted-model" });
  const llm = { cache: fileCache(join(folder, "cache")), tokenLog: new TokenLog(testId), batch: collector };
  const pass = () => statements.runStatementPipeline({ articleIds }, { runId }, { executor, models: { chat }, llm });
  return runBatched(pass, {
    store,
    collector,
    prices: { promptPerMillion: 0, completionPerMillion: 0 },
    confirmAboveUsd: 1,
    yes: true,
    pollMs: 0,
    sleep: async () => {},
    log: () => {},
    ...overrides,
  });
}

before(async () => {
  executor = await openTestDatabase();
  server = await startScriptedBatchServer({
    answer: batchAnswer,
    hold: () => held,
    chat: () => ({ status: 400, body: { error: { message: "the synchronous path must not be used" } } }),
  });
  await executor.write("testing/statements/seed", {
    testId,
    nation: "CN",
    language: "zh",
    speakerName: "汪文斌",
    articles: ARTICLES,
  });
});

after(async () => {
  await executor.write("testing/statements/delete-run", { testId });
  await executor.close();
  await server.close();
});

test("abandoned after submitting, resumed by a second process: one batch per step, nothing submitted twice", async () => {
  const first = await runProcess({ maxWaitMs: 0 });
  assert.equal(first.status, "waiting");
  assert.equal(server.count("POST /v1/batches"), 1);
  const deferred = await readRun(executor, runId);
  assert.equal(deferred.status, "deferred", "a pass waiting for a batch is not a failed run");
  assert.equal(deferred.counts.deferredItems, 3);
  const markers = await executor.read<{ status: string }>("testing/statements/extraction-marker", {
    articleId: `${testId}-a1`,
    runId,
  });
  assert.deepEqual(markers, [], "a deferred article has no (failed) extraction marker");

  held = false;
  const second = await runProcess();
  assert.equal(second.status, "done");
  assert.equal(
    server.count("POST /v1/batches"),
    6,
    "extraction, source judgment, questions, reverse statements, the verifier's pair judge and question check",
  );
  const keys = server.engine.submittedLines().map((line) => line.custom_id);
  assert.equal(new Set(keys).size, keys.length, "no request submitted twice");
  assert.equal(server.requests.filter((request) => request.path.endsWith("/chat/completions")).length, 0);
  for (const id of [runId, `${runId}:sources`, `${runId}:triples`])
    assert.equal((await readRun(executor, id)).status, "done");
  const [counts] = await executor.read<{
    statements: number;
    triples: number;
    extractions: number;
    speakers: string[];
  }>("testing/statements/count", { testId });
  assert.equal(counts?.extractions, 3);
  assert.equal(counts?.statements, 5);
  assert.equal(counts?.triples, 5);
  assert.ok(counts?.speakers.includes("布林肯"), "source judgment from the batch answers attributed the quote");
  for (const articleId of articleIds) {
    const [marker] = await executor.read<{ status: string }>("testing/statements/extraction-marker", {
      articleId,
      runId,
    });
    assert.equal(marker?.status, "done");
  }
});
