import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import { HashedNgramEmbeddingModel } from "../../../src/models/embedding/hashed-ngram-embedding-model.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { resolveOptions } from "../../../src/topics/options.js";
import { buildTopics } from "../../../src/topics/stage/build-topics.js";
import { syntheticArticles } from "../../fixtures/topics/synthetic-articles.js";

const documents = syntheticArticles("unit");
/** Labels each topic "About <its first keyword>"; InsTag is not reached (no outliers in these themes). */
const chat = () =>
  fakeChatModel((request) => ({
    topic: `About ${/keywords: <data-keywords>\n([^,\n]+)/.exec(request.messages.at(-1)?.content ?? "")?.[1]}`,
  }));

test("the same seed gives the same topics; themes in three languages become three topics", async () => {
  const dependencies = { embedder: new HashedNgramEmbeddingModel(), progress: silentProgress };
  const first = await buildTopics(documents, resolveOptions(), { ...dependencies, chat: chat() });
  const second = await buildTopics(documents, resolveOptions(), { ...dependencies, chat: chat() });
  assert.deepEqual(second.topics, first.topics);
  assert.deepEqual([...second.projection.map((point) => [...point])], [...first.projection.map((point) => [...point])]);
  const hdbscanTopics = first.topics.filter((topic) => topic.method === "hdbscan");
  assert.equal(hdbscanTopics.length, 3);
  for (const topic of hdbscanTopics) {
    const languages = topic.members.map((member) => documents[member.document]?.language);
    const main = languages.filter((language) => language === languages[0]).length;
    assert.ok(
      main >= 17 && main >= languages.length - 3,
      `each topic holds one theme (off-theme notes may join): ${languages}`,
    );
  }
  assert.equal(first.projection[0]?.length, 2);
  assert.ok(first.counts.llmLabels >= 3);
});

test("without a chat model topics keep keyword labels and outliers stay outliers", async () => {
  const result = await buildTopics(documents, resolveOptions(), {
    embedder: new HashedNgramEmbeddingModel(),
    progress: silentProgress,
  });
  assert.ok(result.topics.every((topic) => topic.labelSource === "keywords" && topic.label.length > 0));
  assert.equal(result.counts.outliersAfterInstag, result.counts.outliersBeforeInstag);
});

test("too few documents is an input error", async () => {
  await assert.rejects(
    buildTopics(documents.slice(0, 5), resolveOptions(), {
      embedder: new HashedNgramEmbeddingModel(),
      progress: silentProgress,
    }),
    /at least 10 documents/,
  );
});

test("HDBSCAN noise goes through InsTag: tag topics are built, represented and counted", async () => {
  // Each tag names several theme words, so it shares one with every document of its theme (tags are grounded).
  const tagOf = (text: string): string =>
    /football|goal|striker/.test(text)
      ? "Football goal striker"
      : /récolte|blé|agriculteurs/.test(text)
        ? "Agriculteurs récolte blé"
        : /klima|energie|emissionen/.test(text)
          ? "Klimawandel Emissionen"
          : "Other";
  const chatModel = fakeChatModel((request) => {
    const content = request.messages.at(-1)?.content ?? "";
    if (!JSON.stringify(request.jsonSchema).includes("documents")) return { topic: "Label" };
    const block = /<data-documents>\n([\s\S]*)\n<\/data-documents>/.exec(content)?.[1] ?? "";
    const numbered = block.split(/\n\n(?=\d+\. )/).filter((part) => /^\d+\. /.test(part));
    return {
      documents: numbered.map((part, position) => ({
        index: position + 1,
        tags: [{ tag: tagOf(part), explanation: "e" }],
      })),
    };
  });
  const options = resolveOptions({ hdbscan: { minClusterSize: 40 } });
  const result = await buildTopics(documents, options, {
    embedder: new HashedNgramEmbeddingModel(),
    chat: chatModel,
    progress: silentProgress,
  });
  assert.equal(result.counts.clusters, 0, "no cluster reaches 40 documents");
  assert.equal(result.counts.outliersBeforeInstag, documents.length);
  const tagTopics = result.topics
    .filter((topic) => topic.method === "instag")
    .map((topic) => [topic.label, topic.members.length, topic.labelSource])
    .sort((left, right) => String(left[0]).localeCompare(String(right[0])));
  assert.deepEqual(tagTopics, [
    ["Agriculteurs récolte blé", 19, "instag"],
    ["Football goal striker", 19, "instag"],
    ["Klimawandel Emissionen", 19, "instag"],
  ]);
  assert.equal(
    result.counts.outliersAfterInstag,
    3,
    "only the three off-theme notes stay outliers (tag 'Other' is not in them)",
  );
  assert.ok(result.topics.every((topic) => topic.keywords.length > 0));
  const { counts } = result;
  assert.deepEqual(
    [
      counts.outlierShareBeforeInstag,
      counts.outlierShareAfterInstag,
      counts.instagRounds,
      result.instag?.stoppedBecause,
    ],
    [1, 0.05, counts.instagRounds, "target outlier share reached"],
  );
  assert.equal(counts.instagAssignedByTag + counts.instagAssignedByNearest, 57);
  assert.equal(counts.instagDocuments, 12 * counts.instagRounds, "rounds of 12 outliers");
  const assignments = new Set(result.topics.flatMap((topic) => topic.members.map((member) => member.assignment)));
  assert.deepEqual([...assignments].sort(), ["nearest-tag-topic", "tag"]);
});

test("a mixed zh/en scope keeps English bigrams spaced even when Chinese is the majority", async () => {
  const chinese = Array.from({ length: 24 }, (_value, position) => ({
    id: `zh-${position}`,
    language: "zh",
    text: `中美关系 经贸合作 双边关系 发展 第${position}次 中美关系 经贸合作 相互尊重 合作共赢`,
  }));
  const english = Array.from({ length: 14 }, (_value, position) => ({
    id: `en-${position}`,
    language: "en",
    text: `The prime minister spoke about the budget deficit, item ${position}. The prime minister defended the budget deficit plan.`,
  }));
  const result = await buildTopics([...chinese, ...english], resolveOptions(), {
    embedder: new HashedNgramEmbeddingModel(),
    progress: silentProgress,
  });
  const terms = result.topics.flatMap((topic) => topic.evidence.map((entry) => entry.term));
  assert.ok(terms.includes("prime minister"), terms.join(" | "));
  assert.ok(!terms.includes("primeminister"));
  assert.ok(terms.includes("中美关系经贸合作") || terms.includes("中美关系"), terms.join(" | "));
});

test("InsTag batches that stay invalid are counted and the reason is kept on the result", async () => {
  const chatModel = fakeChatModel((request) =>
    JSON.stringify(request.jsonSchema).includes("documents") ? "no json here" : { topic: "Label" },
  );
  const options = resolveOptions({ hdbscan: { minClusterSize: 40 }, instag: { maximumDocuments: 8 } });
  const result = await buildTopics(documents, options, {
    embedder: new HashedNgramEmbeddingModel(),
    chat: chatModel,
    progress: silentProgress,
  });
  assert.equal(result.counts.instagDocuments, 8);
  assert.equal(result.counts.failedInstagBatches, 8, "one document per call (instag v3)");
  assert.match(result.instagFailure ?? "", /^invalid answer: not JSON/);
  assert.equal(result.counts.outliersAfterInstag, documents.length);
});
