// Sample-and-assign in the topic stage (settings `sample`): above the threshold the stage fits on a seeded sample,
// reads the scope in pages (never the whole scope at once), assigns the rest with a probability and records it on
// the Run; the same seed gives the same assignment; at or below the threshold the stage is today's.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { HashedNgramEmbeddingModel } from "../../../src/models/embedding/hashed-ngram-embedding-model.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { runTopics } from "../../../src/topics/stage/run-topics.js";
import { syntheticArticles } from "../../fixtures/topics/synthetic-articles.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";

let executor: CypherExecutor;
const testId = uniqueRunId("topics-sample");
const nation = `ZS-${testId}`;
const outlet = `outlet-${testId}`;
const runIds = ["sampled-a", "sampled-b", "full", "threshold"].map((name) => `${testId}-${name}`);
const PAGE = 7;

before(async () => {
  executor = await openTestDatabase();
  await executor.write("testing/topics/seed-articles", { nation, outlet, rows: syntheticArticles(testId) });
});
after(async () => {
  for (const runId of runIds) await executor.write("testing/topics/delete-run", { runId });
  await executor.write("testing/topics/delete-seed", { nation, outlet, runIds });
  await executor.close();
});

/** The executor, recording how many rows each read returned. */
function recording(reads: { query: string; rows: number }[]): CypherExecutor {
  return {
    ...executor,
    read: async <Row>(query: string, parameters?: Record<string, unknown>) => {
      const rows = await executor.read<Row>(query, parameters);
      reads.push({ query, rows: rows.length });
      return rows;
    },
  };
}

const sampleSettings = { sample: { above: 40, size: 30, seed: 42, pageSize: PAGE } };
const dependencies = () => ({ models: { embedder: new HashedNgramEmbeddingModel() }, progress: silentProgress });
type Membership = { articleId: string; rank: number; method: string; probability: number };

test("above the threshold: fits on the sample, reads pages, assigns the rest with probabilities, records it", async () => {
  const reads: { query: string; rows: number }[] = [];
  const output = await runTopics(
    { outlet, runId: runIds[0] },
    { settings: sampleSettings },
    {
      ...dependencies(),
      executor: recording(reads),
    },
  );
  assert.equal(output.counts.documents, 60);
  assert.equal(output.counts.sampledDocuments, 30);
  assert.equal(output.counts.assignedDocuments, 30);
  assert.ok(!reads.some((read) => read.query === "topics/scope-articles"), "the whole scope is never read at once");
  const paged = reads.filter((read) => read.query !== "topics/scope-size");
  assert.ok(paged.some((read) => read.query === "topics/scope-article-page"));
  assert.ok(
    paged.every((read) => read.rows <= PAGE),
    `every read is at most a page: ${JSON.stringify(paged)}`,
  );
  const memberships = await executor.read<Membership>("testing/topics/run-memberships", { runId: runIds[0] });
  const assignedIds = new Set(memberships.map((row) => row.articleId));
  assert.ok(memberships.length > 30, `assigned articles are linked too (${memberships.length} links)`);
  assert.ok(memberships.every((row) => row.probability >= 0 && row.probability <= 1));
  // Topics stay themed: the themed members (sample and assigned) of every HDBSCAN topic share one theme.
  const byTopic = new Map<number, Set<string>>();
  for (const row of memberships.filter((entry) => entry.method === "hdbscan")) {
    const theme = row.articleId.slice(testId.length + 1).split("-")[0] ?? "";
    if (theme === "off") continue; // the three off-theme notes may join any topic, as in the full fit
    byTopic.set(row.rank, (byTopic.get(row.rank) ?? new Set()).add(theme));
  }
  assert.ok(byTopic.size >= 3, `three themes give three topics: ${byTopic.size}`);
  assert.ok(
    [...byTopic.values()].every((themes) => themes.size === 1),
    JSON.stringify([...byTopic].map(([rank, themes]) => [rank, [...themes]])),
  );
  const total = output.topics.reduce((sum, topic) => sum + topic.size, 0);
  assert.equal(total, memberships.length, "topic sizes count sample and assigned members");
  assert.ok(assignedIds.size <= 60);
  const [run] = await executor.read<{ status: string }>("testing/topics/run-status", { runId: runIds[0] });
  assert.equal(run?.status, "done");
});

test("the same seed gives the same assignment", async () => {
  await runTopics({ outlet, runId: runIds[1] }, { settings: sampleSettings }, { ...dependencies(), executor });
  const first = await executor.read<Membership>("testing/topics/run-memberships", { runId: runIds[0] });
  const second = await executor.read<Membership>("testing/topics/run-memberships", { runId: runIds[1] });
  assert.deepEqual(second, first);
});

test("at or below the threshold the stage reads the scope once and gives today's topics", async () => {
  const reads: { query: string; rows: number }[] = [];
  const full = await runTopics({ outlet, runId: runIds[2] }, {}, { ...dependencies(), executor });
  const atThreshold = await runTopics(
    { outlet, runId: runIds[3] },
    { settings: { sample: { ...sampleSettings.sample, above: 60 } } },
    { ...dependencies(), executor: recording(reads) },
  );
  assert.deepEqual(
    reads.map((read) => read.query).filter((query) => query.startsWith("topics/")),
    ["topics/scope-size", "topics/scope-articles"],
    "the stage's own reads (the kernel's Run bookkeeping aside)",
  );
  assert.equal(atThreshold.counts.sampledDocuments, undefined);
  assert.deepEqual(
    atThreshold.topics.map(({ id: _id, ...rest }) => rest),
    full.topics.map(({ id: _id, ...rest }) => rest),
  );
  const fullLinks = await executor.read<Membership>("testing/topics/run-memberships", { runId: runIds[2] });
  const thresholdLinks = await executor.read<Membership>("testing/topics/run-memberships", { runId: runIds[3] });
  assert.deepEqual(thresholdLinks, fullLinks);
});
