import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeEmbeddingModel } from "../../../src/models/embedding/fake-embedding-model.js";
import { classTfIdf, termsOf } from "../../../src/topics/representation/class-tf-idf.js";
import { selectKeywords } from "../../../src/topics/representation/keywords.js";
import { maximalMarginalRelevance } from "../../../src/topics/representation/maximal-marginal-relevance.js";

test("c-TF-IDF ranks words specific to a class above words shared by every class", () => {
  const classes = [
    {
      topic: 0,
      documents: [
        ["goal", "match", "government"],
        ["goal", "striker", "government"],
        ["goal", "match"],
      ],
    },
    {
      topic: 1,
      documents: [
        ["budget", "tax", "government"],
        ["budget", "tax", "government"],
        ["tax", "vote"],
      ],
    },
  ];
  const scored = classTfIdf(classes, { bigrams: false, minimumDocumentFrequency: 1 });
  const sports = scored.get(0)?.map((entry) => entry.term) ?? [];
  assert.equal(sports[0], "goal");
  assert.ok(sports.indexOf("goal") < sports.indexOf("government"));
  assert.equal(scored.get(1)?.[0]?.term, "tax");
});

test("c-TF-IDF drops terms below the document-frequency floor and joins Chinese bigrams without a space", () => {
  const scored = classTfIdf(
    [{ topic: 0, documents: [["中美", "关系"], ["中美", "关系"], ["孤立"]] }],
    { minimumDocumentFrequency: 2 },
    "",
  );
  const terms = scored.get(0)?.map((entry) => entry.term) ?? [];
  assert.ok(terms.includes("中美关系"));
  assert.ok(!terms.includes("孤立"));
});

test("MMR with diversity skips a near-duplicate candidate", () => {
  const topic = [1, 0, 0];
  const candidates = [
    [1, 0.1, 0],
    [1, 0.11, 0],
    [0.7, 0, 0.7],
  ];
  assert.deepEqual(maximalMarginalRelevance(topic, candidates, 2, 0), [0, 1]);
  assert.deepEqual(maximalMarginalRelevance(topic, candidates, 2, 0.7), [0, 2]);
});

test("selectKeywords embeds the candidates once in the topic's language", async () => {
  const embedder = new FakeEmbeddingModel("fake", 4);
  const result = await selectKeywords(
    [
      { term: "goal", score: 2 },
      { term: "match", score: 1 },
    ],
    new Float32Array([1, 0, 0, 0]),
    embedder,
    "en",
    { count: 5, diversity: 0.3 },
  );
  assert.deepEqual([...result.keywords].sort(), ["goal", "match"]);
  assert.equal(embedder.calls.length, 1);
  assert.equal(embedder.calls[0]?.options.language, "en");
});

test("bigrams are glued per document language: a space for English, nothing for Chinese", () => {
  assert.deepEqual(termsOf(["prime", "minister"], true, " "), ["prime", "minister", "prime minister"]);
  assert.deepEqual(termsOf(["中美", "关系"], true, ""), ["中美", "关系", "中美关系"]);
  assert.deepEqual(termsOf(["中美", "关系"], false, ""), ["中美", "关系"]);
});
