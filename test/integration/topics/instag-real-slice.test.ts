// The topic stage on a real-corpus slice (60 BBC articles read from the shared corpora at test time) with a
// scripted chat model: InsTag rounds lower the outlier share, merge two phrasings of one tag, record how each
// article joined its topic, and a label that echoes the prompt is refused and stored with its reason.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import type { CypherExecutor } from "../../../src/database/executor.js";
import type { ChatRequest } from "../../../src/models/chat/chat-model.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import { HashedNgramEmbeddingModel } from "../../../src/models/embedding/hashed-ngram-embedding-model.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { runTopics } from "../../../src/topics/stage/run-topics.js";
import type { InstagSummary } from "../../../src/topics/stage/types.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";

const bbc = join(loadSettings().corpora, "uk-bbc");
const skip = existsSync(bbc) ? false : `no BBC corpus at ${bbc}`;
/** Per category, a word its tags use: only articles that mention it are taken (tags must be about their document). */
const CATEGORIES = { business: "profits", sport: "match", tech: "technology" } as const;

/** The first 20 articles of each category from file 101 on that mention its word: title line, then the text. */
function slice(): { id: string; title: string; text: string; language: string; category: string }[] {
  return Object.entries(CATEGORIES).flatMap(([category, word]) => {
    const picked: { id: string; title: string; text: string; language: string; category: string }[] = [];
    for (let number = 101; picked.length < 20 && number < 400; number += 1) {
      const raw = readFileSync(join(bbc, category, `${number}.txt`), "utf8");
      const [title = "", ...rest] = raw.split("\n");
      const text = rest.join("\n").trim();
      if (text.toLowerCase().includes(word))
        picked.push({ id: `${testId}-${category}-${number}`, title: title.trim(), text, language: "en", category });
    }
    return picked;
  });
}

let executor: CypherExecutor;
const testId = uniqueRunId("instag-slice");
const nation = `ZZ-${testId}`;
const outlet = `outlet-${testId}`;
const runId = `${testId}-run`;
const articles = skip ? [] : slice();
/** The category of a numbered excerpt (title, then text, as the stage sends them). */
const articleOf = (excerpt: string): number =>
  articles.findIndex((article) =>
    excerpt.startsWith(`${article.title} ${article.text.slice(0, 30).replace(/\s+/g, " ")}`),
  );

/** Business tags alternate two phrasings of one topic; sport and tech get one tag; labels echo the prompt. */
function scripted(request: ChatRequest): Record<string, unknown> {
  const content = request.messages.at(-1)?.content ?? "";
  const schema = JSON.stringify(request.jsonSchema);
  if (schema.includes("sameTopic")) return { sameTopic: true };
  if (schema.includes("documents")) {
    const excerpts = [...content.matchAll(/^(\d+)\. (.*)$/gm)];
    return {
      documents: excerpts.map((match) => {
        const article = articleOf(match[2] ?? "");
        const category = articles[article]?.category;
        const tag =
          category === "business"
            ? article % 2 === 0
              ? "company profits"
              : "profits of companies"
            : category === "sport"
              ? "match results"
              : "technology";
        return { index: Number(match[1]), tags: [{ tag, explanation: "scripted" }] };
      }),
    };
  }
  return { topic: "At most 5 words" };
}

before(async () => {
  if (skip) return;
  executor = await openTestDatabase();
  await executor.write("testing/topics/seed-articles", { nation, outlet, rows: articles });
});
after(async () => {
  if (skip) return;
  await executor.write("testing/topics/delete-run", { runId });
  await executor.write("testing/topics/delete-seed", { nation, outlet, runIds: [runId] });
  await executor.close();
});

test(
  "InsTag rounds on real BBC outliers lower the outlier share, merge similar tags and record assignments",
  { skip },
  async () => {
    const output = await runTopics(
      { outlet, runId },
      {
        settings: {
          hdbscan: { minClusterSize: 30 },
          instag: { documentsPerRound: 8, maximumRounds: 3, maximumDocuments: 24, mergeSimilarity: 0.3 },
        },
      },
      {
        executor,
        models: { embedder: new HashedNgramEmbeddingModel(), chat: fakeChatModel(scripted) },
        progress: silentProgress,
      },
    );
    const { counts } = output;
    assert.ok(counts.outliersBeforeInstag >= 30, `HDBSCAN leaves outliers: ${JSON.stringify(counts)}`);
    assert.ok(
      counts.outlierShareAfterInstag < counts.outlierShareBeforeInstag,
      `InsTag lowers the outlier share: ${counts.outlierShareBeforeInstag} → ${counts.outlierShareAfterInstag}`,
    );
    assert.ok(counts.instagAssignedByNearest > 0, "outliers that were never tagged join the nearest tag topic");
    const instag = output.instag as InstagSummary;
    assert.ok(
      instag.merges.some((merge) => merge.merged && merge.tags.includes("profits of companies")),
      `the two phrasings are merged: ${JSON.stringify(instag)} ${JSON.stringify(counts)}`,
    );

    const [run] = await executor.read<{ counts: string }>("testing/topics/run-status", { runId });
    const runCounts = JSON.parse(run?.counts ?? "{}") as Record<string, number>;
    assert.equal(runCounts.outlierShareBeforeInstag, counts.outlierShareBeforeInstag);
    assert.equal(runCounts.outlierShareAfterInstag, counts.outlierShareAfterInstag);

    const topics = await executor.read<{
      method: string;
      label: string;
      labelSource: string;
      labelFailure: string | null;
      tags: string[] | null;
      assignments: { assignment: string; members: number; lowest: number }[];
    }>("testing/topics/topic-memberships", { runId });
    const business = topics.find((topic) => topic.tags?.includes("company profit"));
    assert.deepEqual(business?.tags, ["company profit", "profits of company"]);
    const assignments = new Set(topics.flatMap((topic) => topic.assignments.map((entry) => entry.assignment)));
    assert.ok(assignments.has("tag") && assignments.has("nearest-tag-topic"), [...assignments].join());
    const nearest = topics
      .flatMap((topic) => topic.assignments)
      .find((entry) => entry.assignment === "nearest-tag-topic");
    assert.ok((nearest?.lowest ?? 0) >= 0.1 && (nearest?.lowest ?? 1) < 1, "similarity stored as the probability");
    for (const topic of topics.filter((entry) => entry.method === "hdbscan")) {
      assert.equal(topic.labelSource, "keywords", "the echoed label is refused");
      assert.equal(topic.labelFailure, 'label echoes the prompt ("at most 5 words")');
    }
  },
);
