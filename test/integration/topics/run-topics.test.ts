import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import type { ChatRequest } from "../../../src/models/chat/chat-model.js";
import { FakeEmbeddingModel } from "../../../src/models/embedding/fake-embedding-model.js";
import { EmbeddingCache } from "../../../src/models/embedding/embedding-cache.js";
import { HashedNgramEmbeddingModel } from "../../../src/models/embedding/hashed-ngram-embedding-model.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { writeTopicReports } from "../../../src/topics/report/write-reports.js";
import { runTopics } from "../../../src/topics/stage/run-topics.js";
import { syntheticArticles } from "../../fixtures/topics/synthetic-articles.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";
import { assertSettingsRecorded } from "../../support/run-records.js";

let executor: CypherExecutor;
const testId = uniqueRunId("topics");
const nation = `ZZ-${testId}`;
const outlet = `outlet-${testId}`;
const runIds = [`${testId}-a`, `${testId}-b`, `${testId}-bad`];
const cacheFolder = mkdtempSync(join(tmpdir(), "navab-topics-cache-"));

/** Answers InsTag batches with one tag per document and labels with the first keyword. */
function answer(request: ChatRequest): Record<string, unknown> {
  const content = request.messages.at(-1)?.content ?? "";
  if (JSON.stringify(request.jsonSchema).includes("documents")) {
    const count = (content.match(/^\d+\. /gm) ?? []).length;
    return {
      documents: Array.from({ length: count }, (_value, position) => ({
        index: position + 1,
        tags: [{ tag: "Miscellany", explanation: "varied" }],
      })),
    };
  }
  const keyword = /keywords: <data-keywords>\n([^,\n]+)/.exec(content)?.[1] ?? "unknown";
  return { topic: `About ${keyword}` };
}

before(async () => {
  executor = await openTestDatabase();
  await executor.write("testing/topics/seed-articles", { nation, outlet, rows: syntheticArticles(testId) });
});
after(async () => {
  for (const runId of runIds) await executor.write("testing/topics/delete-run", { runId });
  await executor.write("testing/topics/delete-seed", { nation, outlet, runIds });
  await executor.close();
  rmSync(cacheFolder, { recursive: true, force: true });
});

test("runTopics persists topics, memberships, a map and a run; the same seed reproduces them from the cache", async () => {
  const cache = new EmbeddingCache(cacheFolder);
  const dependencies = {
    executor,
    models: { embedder: new HashedNgramEmbeddingModel(), chat: fakeChatModel(answer) },
    embeddingCache: cache,
    progress: silentProgress,
  };
  const first = await runTopics({ outlet, runId: runIds[0] }, {}, dependencies);
  await assertSettingsRecorded(executor, first.runId, "topics");
  assert.ok(
    first.topics.filter((topic) => topic.method === "hdbscan").length >= 3,
    `three themes give three topics: ${JSON.stringify(first.topics)}`,
  );
  assert.equal(first.counts.embeddedFresh, 60);
  const labels = first.topics.filter((topic) => topic.method === "hdbscan").map((topic) => topic.label);
  assert.ok(
    labels.every((label) => label.startsWith("About ")),
    `LLM labels used: ${labels}`,
  );
  const keywords = first.topics.flatMap((topic) => topic.keywords.flatMap((keyword) => keyword.split(" ")));
  assert.ok(keywords.includes("football") || keywords.includes("goal"), "English theme words are keywords");
  assert.ok(
    keywords.some((keyword) => ["klimawandel", "emissionen", "energiewende"].includes(keyword)),
    "German theme words are keywords",
  );

  const second = await runTopics(
    { outlet, runId: runIds[1] },
    {},
    { ...dependencies, models: { ...dependencies.models, chat: fakeChatModel(answer) } },
  );
  assert.equal(second.counts.embeddedFresh, 0, "second run reads every embedding from the cache");
  assert.deepEqual(
    second.topics.map(({ id: _id, ...rest }) => rest),
    first.topics.map(({ id: _id, ...rest }) => rest),
  );

  const stored = await executor.read<{
    id: string;
    size: number;
    keywords: string[];
    label: string;
    nation: string;
    outlet: string;
  }>("topics/run-topics", { runId: runIds[0], scope: first.scope.key });
  assert.equal(stored.length, first.topics.length);
  assert.ok(
    stored.every((topic) => topic.nation === nation && topic.outlet === outlet),
    "an outlet scope records its nation",
  );
  const totalSize = stored.reduce((sum, topic) => sum + topic.size, 0);
  const maps = await executor.read<{
    articleIds: string[];
    x: number[];
    outlierShareBefore: number;
    outlierShareAfter: number;
  }>("topics/latest-maps", { runId: runIds[0] });
  assert.equal(maps.length, 1);
  assert.equal(maps[0]?.articleIds.length, 60);
  assert.equal(maps[0]?.x.length, 60);
  assert.ok((maps[0]?.outlierShareAfter ?? 1) <= (maps[0]?.outlierShareBefore ?? 0));
  assert.ok(totalSize <= 60 && totalSize >= 54);

  const pages = await writeTopicReports(executor, { out: cacheFolder, runId: runIds[0] });
  assert.equal(pages.length, 1);
  const html = readFileSync(pages[0] ?? "", "utf8");
  assert.equal((html.match(/<circle /g) ?? []).length, 60);
  assert.match(html, /About /);
});

test("a failing embedder marks its run failed and keeps earlier topics", async () => {
  const failing = new FakeEmbeddingModel("failing", 8, () => {
    throw new Error("embedding backend down");
  });
  await assert.rejects(
    runTopics({ outlet, runId: runIds[2] }, {}, { executor, models: { embedder: failing }, progress: silentProgress }),
    /backend down/,
  );
  const [run] = await executor.read<{ status: string; error: string }>("testing/topics/run-status", {
    runId: runIds[2],
  });
  assert.equal(run?.status, "failed");
  assert.match(run?.error ?? "", /backend down/);
  assert.equal((await executor.read("topics/latest-maps", { runId: runIds[0] })).length, 1);
});

test("a scope without articles or without a nation/outlet is refused clearly", async () => {
  const dependencies = { executor, models: { embedder: new HashedNgramEmbeddingModel() }, progress: silentProgress };
  await assert.rejects(runTopics({ outlet: `${outlet}-missing` }, {}, dependencies), /no articles in scope/);
  await assert.rejects(runTopics({}, {}, dependencies), /choose a scope/);
});
