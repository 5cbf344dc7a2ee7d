// Re-running a topic run under the same id (the demo's fixed ids) replaces that run's output: the re-run's IN_TOPIC
// links equal a fresh run's (no stale links left), and a review stays on the cluster it reviewed (by its member
// set), not on whichever cluster now has that rank. Issue 12, item 8.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import type { ChatRequest } from "../../../src/models/chat/chat-model.js";
import { HashedNgramEmbeddingModel } from "../../../src/models/embedding/hashed-ngram-embedding-model.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { reviewTopic } from "../../../src/statements/review.js";
import { runTopics } from "../../../src/topics/stage/run-topics.js";
import { syntheticArticles } from "../../fixtures/topics/synthetic-articles.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";

let executor: CypherExecutor;
const testId = uniqueRunId("topics-rerun");
const nation = `ZZ-${testId}`;
const outlet = `outlet-${testId}`;
const [rerunId, freshId] = [`${testId}-rerun`, `${testId}-fresh`];

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
  return { topic: `About ${/keywords: ([^,\n]+)/.exec(content)?.[1] ?? "unknown"}` };
}

const dependencies = () => ({
  executor,
  models: { embedder: new HashedNgramEmbeddingModel(), chat: fakeChatModel(answer) },
  progress: silentProgress,
});

interface Membership {
  articleId: string;
  rank: number;
  method: string;
  probability: number;
}
const memberships = (runId: string) => executor.read<Membership>("testing/topics/run-memberships", { runId });
const membersOf = (rows: Membership[], rank: number) =>
  rows.filter((row) => row.rank === rank).map((row) => row.articleId);
const counts = async (runId: string) =>
  (
    await executor.read<{ links: number; articles: number; duplicated: number }>(
      "testing/topics/run-membership-counts",
      {
        runId,
      },
    )
  )[0];

before(async () => {
  executor = await openTestDatabase();
  await executor.write("testing/topics/seed-articles", { nation, outlet, rows: syntheticArticles(testId) });
});
after(async () => {
  await executor.write("testing/topics/delete-run-reviews", { runId: rerunId });
  for (const runId of [rerunId, freshId]) await executor.write("testing/topics/delete-run", { runId });
  await executor.write("testing/topics/delete-seed", { nation, outlet, runIds: [rerunId, freshId] });
  await executor.close();
});

test("a topic run re-run under its id after the scope grew: links equal a fresh run's, the review keeps its cluster", async () => {
  const first = await runTopics({ outlet, runId: rerunId }, {}, dependencies());
  const before = await memberships(rerunId);
  const hdbscanRanks = [...new Set(before.filter((row) => row.method === "hdbscan").map((row) => row.rank))].sort();
  assert.ok(hdbscanRanks.length >= 3, `three themes give three clusters: ${hdbscanRanks}`);
  const reviewed = membersOf(before, 0);
  const review = await reviewTopic(executor, {
    topicId: `${rerunId}:${first.scope.key}:0`,
    decision: "accept",
    reason: "value-related",
    by: "test",
  });

  // The smallest clustered theme grows past the others, so it takes rank 0 on the re-run.
  const smallest = membersOf(before, hdbscanRanks.at(-1) ?? 0);
  const language = /-(en|fr|de)-\d+$/.exec(smallest[0] ?? "")?.[1];
  assert.ok(language, `the smallest cluster is one theme: ${smallest.slice(0, 3)}`);
  const extra = syntheticArticles(`${testId}-more`, 30).filter((article) => article.language === language);
  await executor.write("testing/topics/seed-articles", { nation, outlet, rows: extra });

  await runTopics({ outlet, runId: rerunId }, {}, dependencies());
  await runTopics({ outlet, runId: freshId }, {}, dependencies());
  const [rerun, fresh] = [await memberships(rerunId), await memberships(freshId)];
  assert.ok(
    membersOf(rerun, 0).some((id) => id.includes("-more-")),
    "the grown theme now has rank 0",
  );
  assert.deepEqual(await counts(rerunId), await counts(freshId), "the re-run's links equal a fresh run's");
  assert.equal((await counts(rerunId))?.duplicated, 0, "no article keeps a stale link to its old rank");
  assert.deepEqual(
    rerun.map((row) => [row.articleId, row.rank]),
    fresh.map((row) => [row.articleId, row.rank]),
  );

  const [target] = await executor.read<{ topicId: string; retired: boolean; members: string[] }>(
    "testing/topics/review-target",
    { reviewId: review.id },
  );
  assert.notEqual(target?.topicId, `${rerunId}:${first.scope.key}:0`, "the review left rank 0 with its cluster");
  assert.equal(target?.retired, false, "its cluster is produced again, so the review follows it");
  assert.deepEqual(target?.members, [...reviewed].sort(), "the review points at the cluster it reviewed");
});
