// Valid benchmark items (issue 13) through the whole statement chain on a real Neo4j with the scripted
// OpenAI-compatible server: the prompt's own example "quoted" from a spokesman's answer (the demo's fabricated
// quote) is kept `unsupported` and nothing later stands on it — no source judgment or speaker, group, triple, conflict
// link, export, DPO or evaluation row; a failed source judgment is "unknown", not "official", and its item gets no
// triple; MFA boilerplate stated by two answers is one item with one triple that keeps both articles.
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildConflictGraph } from "../../../src/conflicts/graph/build-conflict-graph.js";
import { readGraphPreferenceRows, splitByArticle } from "../../../src/export/index.js";
import { readGraphTriples } from "../../../src/evaluation/index.js";
import { memoryCache } from "../../../src/llm/cache.js";
import type { StageDependencies } from "../../../src/kernel/index.js";
import { OpenAiChatModel } from "../../../src/models/chat/openai-chat-model.js";
import { FakeEmbeddingModel } from "../../../src/models/embedding/fake-embedding-model.js";
import * as statements from "../../../src/statements/index.js";
import { uniqueRunId } from "../../support/database.js";
import { statementAnswers } from "./scripted-answers.js";
import { statementSession } from "./statement-session.js";

const testId = uniqueRunId("validity");
const tag = testId.slice(-8);
const nation = `${testId}-N`;
const EXAMPLE = "the country must never again accept child poverty as normal";
const BOILERPLATE = `中方坚决反对任何形式的“台独”分裂活动${tag}。`;
const ARTICLES = [
  {
    id: `${testId}-a1`,
    kind: "answer",
    title: "答记者问",
    text: `记者问到台湾问题。${BOILERPLATE}我们支持两岸交流合作${tag}。`,
  },
  { id: `${testId}-a2`, kind: "answer", title: "答记者问", text: `关于这个问题。${BOILERPLATE}下面请提问。` },
  { id: `${testId}-a3`, kind: "answer", title: "答记者问", text: `另一个问题。中方反对单边制裁${tag}。下面请提问。` },
];
const articleIds = ARTICLES.map((article) => article.id);
const session = statementSession({ testId, nation, speakerName: "汪文斌", articles: ARTICLES, handler: answers });

/** Prompt v1 (quotes): the model also returns the prompt's own example as a statement of every article. */
function answers(request: Parameters<typeof statementAnswers>[0]) {
  const messages = (request.body.messages ?? []) as { role: string; content: string }[];
  const system = messages[0]?.content ?? "";
  const user = messages.at(-1)?.content ?? "";
  if (system.startsWith("You extract value statements")) {
    const reply = statementAnswers(request) as { content: string };
    const parsed = JSON.parse(reply.content) as { statements: unknown[] };
    parsed.statements.push({ text: EXAMPLE, valueClaim: "child poverty", stance: "oppose" });
    return { content: JSON.stringify(parsed) };
  }
  // Source judgment fails on the second and third answers (the model keeps answering prose).
  if (
    system.startsWith("You decide who is the source") &&
    user.includes("下面请提问") &&
    user.includes("支持两岸") === false
  )
    return { content: "I cannot tell who said this." };
  return statementAnswers(request);
}

const dependencies = (): StageDependencies => ({
  executor: session.executor,
  models: { chat: new OpenAiChatModel({ baseUrl: session.server.baseUrl, model: `scripted-${tag}` }) },
  llm: { cache: memoryCache(), retry: { retries: 0, baseDelayMs: 1, sleep: async () => {} } },
});

test("the fabricated quote is unsupported and nothing later stands on it; unknown sources and shared items", async () => {
  const results = await statements.runStatementPipeline(
    { articleIds },
    {
      runId: `${testId}-run`,
      settings: { extract: { prompt: "v1" }, sources: { retries: 0 }, triples: { retries: 0 } },
    },
    dependencies(),
  );
  assert.deepEqual(
    [results.extraction.counts.supported, results.extraction.counts.unsupported],
    [4, 3],
    "a1: boilerplate + support sentence + example; a2: boilerplate + example; a3: sanctions + example",
  );
  assert.equal(results.extraction.counts["unsupported:prompt-example"], 3);
  assert.equal(results.extraction.counts.groupsCreated, 3, "the boilerplate of both answers is one item");
  assert.equal(results.sources.counts.unknown, 2, "failed judgments are counted as unknown");
  assert.equal(results.sources.counts.quoted, 2, "answers are attributed to the known spokesperson");

  const [usage] = await session.executor.read<Record<string, number>>("testing/statements/unsupported-usage", {
    testId,
  });
  assert.deepEqual(usage, {
    unsupported: 3,
    triples: 0,
    groups: 0,
    speakers: 0,
    judged: 0,
    sameValue: 0,
    judgedIn: 0,
    deactivated: 0,
    links: 0,
  });
  const graph = await buildConflictGraph(
    { runId: `${testId}-conflicts`, statementRunId: `${testId}-run` },
    {},
    {
      executor: session.executor,
      models: { embedder: new FakeEmbeddingModel("fake", 3, () => new Float32Array([1, 0, 0])) },
    },
  );
  assert.equal(graph.statements, 4, "the conflict graph judges the four supported statements only");
  const [afterConflicts] = await session.executor.read<Record<string, number>>("testing/statements/unsupported-usage", {
    testId,
  });
  assert.deepEqual([afterConflicts?.links, afterConflicts?.judgedIn], [0, 0]);

  // Three items: the boilerplate and the support sentence get one triple each (the boilerplate item keeps both
  // answers); the sanctions item, whose only source judgment failed, gets none — it is in neither set.
  assert.equal(results.triples.counts.valid, 2);
  assert.equal(results.triples.counts.unknownSource, 1);
  const rows = await readGraphPreferenceRows(session.executor, { nations: [nation] });
  assert.equal(rows.length, 2);
  const boilerplate = rows.find((row) => row.chosen === BOILERPLATE);
  const answers = articleIds.slice(0, 2);
  assert.deepEqual(boilerplate?.articleIds, answers);
  const split = splitByArticle(rows, 0.5, 3);
  const sides = answers.map((id) => (split.train.some((row) => row.articleIds?.includes(id)) ? "train" : "test"));
  assert.equal(new Set(sides).size, 1, "both answers of the shared item are on one side");
  const items = await readGraphTriples(session.executor, { nations: [nation] });
  assert.deepEqual(items.map((item) => item.statement).sort(), rows.map((row) => row.chosen).sort());
  const exported = await session.executor.read<{ statement: string; articleIds: string[] }>(
    "statements/export-triples",
    {
      statuses: ["valid", "flagged"],
      runId: null,
      nation,
      conflictRunId: null,
    },
  );
  assert.deepEqual(exported.map((row) => row.statement).sort(), rows.map((row) => row.chosen).sort());
  assert.ok(!exported.some((row) => row.statement.includes("child poverty") || row.statement.includes("制裁")));

  const stats = await session.executor.read<Record<string, number | string>>("statements/count-by-nation");
  const counts = stats.find((row) => row.nation === nation);
  assert.deepEqual(
    [
      counts?.supportedStatements,
      counts?.unsupportedStatements,
      counts?.unknownSourceStatements,
      counts?.statementItems,
    ],
    [4, 3, 2, 3],
  );
});
