import assert from "node:assert/strict";
import { test } from "node:test";
import { fromRepository } from "../../../src/config/paths.js";
import { TransformersEmbeddingModel } from "../../../src/models/embedding/transformers-embedding-model.js";
import { cosineSimilarity } from "../../../src/topics/representation/maximal-marginal-relevance.js";

// test/fixtures/topics/tiny-bert is built by build-tiny-bert.py: a seeded embedding-table "BERT" + WordPiece tokenizer.
const modelFolder = fromRepository("test", "fixtures", "topics");

test("loads a local ONNX model (no remote access) and mean-pools normalised sentence vectors", async () => {
  const model = new TransformersEmbeddingModel({
    modelFolder,
    models: { default: { name: "tiny-bert", pooling: "mean" } },
    dimensions: 8,
  });
  const [football, footballAgain, climate] = await model.embed(
    ["Football goal match", "FOOTBALL  goal match", "climate energy wind solar"],
    { language: "en" },
  );
  assert.equal(football?.length, 8);
  assert.ok(
    Math.abs(cosineSimilarity(football ?? [], footballAgain ?? []) - 1) < 1e-5,
    "same tokens after normalisation → same vector",
  );
  assert.ok(cosineSimilarity(football ?? [], climate ?? []) < 0.9);
  const norm = Math.sqrt([...(football ?? [])].reduce((sum, value) => sum + value * value, 0));
  assert.ok(Math.abs(norm - 1) < 1e-5);
});

test("picks the model per language and names the missing local model clearly", async () => {
  const model = new TransformersEmbeddingModel({
    modelFolder,
    models: { en: { name: "tiny-bert", pooling: "cls" }, zh: { name: "bge-small-zh-v1.5", pooling: "cls" } },
    dimensions: 8,
  });
  assert.equal((await model.embed(["football"], { language: "en-GB" })).length, 1);
  await assert.rejects(
    model.embed(["中国"], { language: "zh" }),
    /bge-small-zh-v1\.5 not found: expected .*onnx\/model\.onnx/,
  );
  await assert.rejects(
    model.embed(["bonjour"], { language: "fr" }),
    /no local embedding model configured for language "fr"/,
  );
});
