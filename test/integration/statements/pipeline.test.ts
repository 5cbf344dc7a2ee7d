// The statement chain on MFA-like answers through the scripted OpenAI-compatible server: statements with exact
// spans, spokesperson Speaker nodes reused, triples whose provenance resolves in one query; a run killed midway
// resumes without duplicates; screening + human review decide which topics are used.
import assert from "node:assert/strict";
import { test } from "node:test";
import { memoryCache } from "../../../src/llm/cache.js";
import { TokenLog } from "../../../src/llm/token-log.js";
import { OpenAiChatModel } from "../../../src/models/chat/openai-chat-model.js";
import type { StageDependencies } from "../../../src/kernel/index.js";
import type { ChatModel } from "../../../src/models/chat/chat-model.js";
import * as statements from "../../../src/statements/index.js";
import { uniqueRunId } from "../../support/database.js";
import { statementAnswers } from "./scripted-answers.js";
import { statementSession } from "./statement-session.js";
import { assertSettingsRecorded } from "../../support/run-records.js";

const testId = uniqueRunId("statements");
// Statement texts are items shared across the graph (one StatementGroup per text): a tag keeps this file's own.
const tag = testId.slice(-8);

const ARTICLES = [
  {
    id: `${testId}-a1`,
    kind: "answer",
    title: "台湾问题",
    topics: [`${testId}-t1`],
    topicLabel: "台湾 主权",
    topicSize: 2,
    probability: 0.4,
    text: `记者问到台湾问题。中方坚决反对任何形式的“台独”分裂活动${tag}。我们也支持两岸同胞加强交流合作${tag}。`,
  },
  {
    id: `${testId}-a2`,
    kind: "answer",
    title: "南海",
    topics: [`${testId}-t1`],
    topicLabel: "台湾 主权",
    topicSize: 2,
    probability: 0.9,
    text: `关于南海问题，中方坚决反对域外国家干涉地区事务${tag}。布林肯国务卿昨天表示美方支持所谓航行自由行动${tag}。`,
  },
  {
    id: `${testId}-a3`,
    kind: "article",
    title: "社论",
    topics: [`${testId}-t2`],
    topicLabel: "天气",
    topicSize: 5,
    text: `今天北京天气晴朗。社论指出，中国坚决支持多边主义${tag}。`,
  },
];
const articleIds = ARTICLES.map((article) => article.id);
const session = statementSession({
  testId,
  nation: "CN",
  speakerName: "汪文斌",
  articles: ARTICLES,
  handler: statementAnswers,
});

function dependencies(extra: { chat?: ChatModel; signal?: AbortSignal } = {}): StageDependencies {
  return {
    executor: session.executor,
    models: { chat: extra.chat ?? new OpenAiChatModel({ baseUrl: session.server.baseUrl, model: "scripted-model" }) },
    llm: {
      cache: memoryCache(),
      tokenLog: new TokenLog(testId),
      retry: { retries: 1, baseDelayMs: 1, sleep: async () => {} },
    },
    ...(extra.signal ? { signal: extra.signal } : {}),
  };
}
const concurrency = (count: number) => ({ settings: { execution: { concurrency: count } } });

const counts = async () =>
  (
    await session.executor.read<{
      statements: number;
      triples: number;
      extractions: number;
      speakers: string[];
      validTriples: number;
      tripleIds: string[];
    }>("testing/statements/count", { testId })
  )[0];

test("a run killed midway resumes without duplicates, then the whole chain yields statements, speakers and triples", async () => {
  // The session.server dies after answering the first article: the stage fails, keeping what it wrote.
  let answered = 0;
  session.server.setHandler((request) => (answered++ < 1 ? statementAnswers(request) : { hangUp: true }));
  await assert.rejects(
    statements.extractStatements({ articleIds }, { runId: `${testId}-x1`, ...concurrency(1) }, dependencies()),
    /unreachable|Connection/i,
  );
  assert.equal((await counts())?.extractions, 1);

  session.server.setHandler(statementAnswers);
  const before = session.server.requests.length;
  const resumed = await statements.extractStatements(
    { articleIds },
    { runId: `${testId}-x2`, ...concurrency(2) },
    dependencies(),
  );
  assert.equal(resumed.counts.skipped, 1);
  assert.equal(session.server.requests.length - before, 2, "only the two unfinished articles are asked again");

  const results = await statements.runStatementPipeline({ articleIds }, { runId: `${testId}-p` }, dependencies());
  await assertSettingsRecorded(session.executor, `${testId}-p`, "statements.extract");
  await assertSettingsRecorded(session.executor, `${testId}-p:sources`, "statements.sources");
  await assertSettingsRecorded(session.executor, `${testId}-p:triples`, "statements.triples");
  assert.equal(results.extraction.counts.skipped, 3);
  const after = await counts();
  assert.equal(after?.extractions, 3);
  assert.equal(after?.statements, 5, "2 + 2 + 1 value sentences, no duplicates");
  assert.equal(after?.triples, 5);
  assert.ok(after?.speakers.includes("汪文斌"), "MFA answers are attributed to the ingest-known spokesperson");
  assert.ok(after?.speakers.includes("布林肯"), "a person quoted inside an answer gets their own Speaker");

  // Spans are exact offsets into the article text.
  const spans = await session.executor.read<{
    text: string;
    articleText: string;
    spanStart: number;
    spanEnd: number;
    spanExact: boolean;
  }>("testing/statements/spans", { testId });
  for (const span of spans) {
    assert.equal(span.spanExact, true);
    assert.equal(span.articleText.slice(span.spanStart, span.spanEnd), span.text);
  }

  // Provenance resolves in one query for every triple.
  for (const tripleId of after?.tripleIds ?? []) {
    const [path] = await session.executor.read<{ nation: string; outletId: string }>("statements/provenance", {
      tripleId,
    });
    assert.equal(path?.nation, "CN");
    assert.equal(path?.outletId, `${testId}-outlet`);
  }

  // A second full run does nothing new and asks nothing.
  const requests = session.server.requests.length;
  await statements.runStatementPipeline({ articleIds }, { runId: `${testId}-q` }, dependencies());
  assert.equal(session.server.requests.length, requests);
  assert.equal((await counts())?.triples, 5);
});

test("screening marks topics; a human review decides which topics later stages use", async () => {
  const topicIds = [`${testId}-t1`, `${testId}-t2`];
  const screened = await statements.screenTopics({ topicIds }, { runId: `${testId}-screen` }, dependencies());
  await assertSettingsRecorded(session.executor, `${testId}-screen`, "statements.screen");
  assert.equal(screened.counts.valueRelated, 1);
  assert.equal(screened.counts.notValueRelated, 1);
  await assert.rejects(statements.selectArticles(session.executor, { topicIds }), /no accepted topics/);
  const trusted = await statements.selectArticles(session.executor, { topicIds, trustScreening: true });
  assert.deepEqual(trusted.topics, [{ id: `${testId}-t1`, acceptedBy: "llm" }]);
  await statements.reviewTopic(session.executor, {
    topicId: `${testId}-t1`,
    decision: "reject",
    reason: "too narrow",
    by: "tester",
  });
  await statements.reviewTopic(session.executor, {
    topicId: `${testId}-t2`,
    decision: "accept",
    reason: "editorial values",
    by: "tester",
  });
  const reviewed = await statements.selectArticles(session.executor, { topicIds, trustScreening: true });
  assert.deepEqual(reviewed.topics, [{ id: `${testId}-t2`, acceptedBy: "human" }]);
  assert.deepEqual(reviewed.articleIds, [`${testId}-a3`]);
  const narrowed = (filter: { nation?: string; kind?: string }) =>
    statements.selectArticles(session.executor, { topicIds, trustScreening: true, ...filter });
  assert.deepEqual((await narrowed({ nation: "CN" })).articleIds, [`${testId}-a3`]);
  assert.deepEqual((await narrowed({ nation: "GB" })).articleIds, [], "a nation filter narrows accepted topics");
  assert.deepEqual((await narrowed({ kind: "answer" })).articleIds, [], "a kind filter narrows accepted topics");
  const decisions = await statements.listTopicDecisions(session.executor, topicIds);
  assert.equal(decisions.find((topic) => topic.id === `${testId}-t1`)?.by, "tester");
  await assert.rejects(
    statements.reviewTopic(session.executor, { topicId: `${testId}-none`, decision: "accept", reason: "x", by: "y" }),
    /no topic/,
  );
});

test("a limit takes the largest accepted topic first, and its most representative members first", async () => {
  const topicIds = [`${testId}-t1`, `${testId}-t2`];
  for (const topicId of topicIds)
    await statements.reviewTopic(session.executor, { topicId, decision: "accept", reason: "values", by: "tester" });
  const selected = await statements.selectArticles(session.executor, { topicIds, limit: 2 });
  // t2 (5 members) before t1 (2), and in t1 the member with probability 0.9 before the one with 0.4 — not id order.
  assert.deepEqual(selected.articleIds, [`${testId}-a3`, `${testId}-a2`]);
  const all = await statements.selectArticles(session.executor, { topicIds });
  assert.deepEqual(all.articleIds, [`${testId}-a3`, `${testId}-a2`, `${testId}-a1`]);
});

test("an article whose answers stay malformed is marked failed with the raw answer, skipped on re-run, redone on request", async () => {
  const articleId = `${testId}-a1`;
  const extract = (runId: string, retryFailed = false) =>
    statements.extractStatements(
      { articleIds: [articleId] },
      { runId, force: !retryFailed, retryFailed, settings: { retries: 1 } },
      dependencies(),
    );
  session.server.setHandler(() => ({ content: "I think the statements are: none" }));
  const failed = await extract(`${testId}-f1`);
  assert.equal(failed.counts.failedArticles, 1);
  const [marker] = await session.executor.read<{ status: string; raw: string }>(
    "testing/statements/extraction-marker",
    {
      articleId,
      runId: `${testId}-f1`,
    },
  );
  assert.deepEqual(marker, { status: "failed", raw: "I think the statements are: none" });
  session.server.setHandler(statementAnswers);
  const skipped = await statements.extractStatements(
    { articleIds: [articleId] },
    { runId: `${testId}-f2` },
    dependencies(),
  );
  assert.equal(skipped.counts.skipped, 1);
  const redone = await extract(`${testId}-f3`, true);
  assert.equal(redone.counts.articles, 1);
});

test("Ctrl-C (abort) between items keeps what was written, and the re-run finishes without duplicates", async () => {
  const abort = new AbortController();
  const other = (signal?: AbortSignal) =>
    dependencies({
      chat: new OpenAiChatModel({ baseUrl: session.server.baseUrl, model: "scripted-model-2" }),
      ...(signal ? { signal } : {}),
    });
  session.server.setHandler((request) => {
    abort.abort();
    return statementAnswers(request);
  });
  await assert.rejects(
    statements.extractStatements({ articleIds }, { runId: `${testId}-c1`, ...concurrency(1) }, other(abort.signal)),
    /abort/i,
  );
  assert.equal((await counts())?.extractions, 4, "the answered article was written before stopping");
  session.server.setHandler(statementAnswers);
  const resumed = await statements.extractStatements({ articleIds }, { runId: `${testId}-c2` }, other());
  assert.equal(resumed.counts.skipped, 1);
  const after = await counts();
  assert.equal(after?.extractions, 6);
  assert.equal(after?.statements, 10, "5 per model, none duplicated");
});
