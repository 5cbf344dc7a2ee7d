import assert from "node:assert/strict";
import { test } from "node:test";
import { fitHashedIdf } from "../../../src/models/embedding/hashed-idf.js";
import { HashedNgramEmbeddingModel } from "../../../src/models/embedding/hashed-ngram-embedding-model.js";
import { cosineSimilarity } from "../../../src/topics/representation/maximal-marginal-relevance.js";

test("hashed-ngram-v1 vectors are deterministic, unit length and of the stated size", async () => {
  const model = new HashedNgramEmbeddingModel();
  const [first] = await model.embed(["The striker scored a late goal for the league leaders."]);
  const [again] = await new HashedNgramEmbeddingModel().embed([
    "The striker scored a late goal for the league leaders.",
  ]);
  assert.equal(first?.length, 384);
  assert.deepEqual(first, again);
  const norm = Math.sqrt([...(first ?? [])].reduce((sum, value) => sum + value * value, 0));
  assert.ok(Math.abs(norm - 1) < 1e-5);
  assert.match(model.id, /^hashed-ngram-v1:/);
});

test("texts sharing vocabulary are closer than unrelated ones, in en, de and zh", async () => {
  const model = new HashedNgramEmbeddingModel();
  const cases: [string, string, string, string][] = [
    [
      "en",
      "The striker scored a late goal in the football match",
      "A late goal decided the football match for the striker",
      "Central bank raises interest rates to fight inflation",
    ],
    [
      "de",
      "Die Energiewende braucht mehr Windenergie und Solaranlagen",
      "Windenergie und Solaranlagen tragen die Energiewende",
      "Der Fußballverein gewann das Pokalfinale",
    ],
    ["zh", "中方坚决反对美方对台湾地区的军售", "美方对台湾地区军售损害中美关系", "今年中国经济同比增长百分之五"],
  ];
  for (const [language, anchor, near, far] of cases) {
    const [a, b, c] = await model.embed([anchor, near, far], { language });
    assert.ok(cosineSimilarity(a ?? [], b ?? []) > cosineSimilarity(a ?? [], c ?? []) + 0.1, language);
  }
});

test("fitting IDF on a corpus names the corpus in the model id and down-weights common words", async () => {
  const corpus = ["football goal match", "football league match", "football coach match", "bank rates inflation"].map(
    (text) => ({ text, language: "en" }),
  );
  const fitted = fitHashedIdf(corpus);
  const other = fitHashedIdf(corpus.slice(1));
  assert.match(fitted.id, /\+idf:[0-9a-f]{12}$/);
  assert.notEqual(fitted.id, other.id);
  const [left, right] = await fitted.embed(["football match goal", "football match league"]);
  const [plainLeft, plainRight] = await new HashedNgramEmbeddingModel().embed([
    "football match goal",
    "football match league",
  ]);
  assert.ok(cosineSimilarity(left ?? [], right ?? []) < cosineSimilarity(plainLeft ?? [], plainRight ?? []));
});
