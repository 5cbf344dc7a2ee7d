import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSettings, SettingsError } from "../../../src/config/settings.js";

test("defaults to the embedded server on loopback and the shared corpora beside the repository", () => {
  const settings = loadSettings({});
  assert.equal(settings.database.embedded, true);
  assert.equal(settings.database.uri, "bolt://127.0.0.1:7687");
  assert.match(settings.corpora, /shared\/corpora$/);
  assert.match(settings.home, /\.navab$/);
});

test("NEO4J_URI switches to an external server, routing URIs included", () => {
  const settings = loadSettings({ NEO4J_URI: "neo4j+s://example.databases.neo4j.io", NEO4J_PASSWORD: "secret" });
  assert.equal(settings.database.embedded, false);
  assert.equal(settings.database.uri, "neo4j+s://example.databases.neo4j.io");
  assert.equal(settings.database.password, "secret");
});

test("NAVAB_NEO4J_PORT moves the embedded server and bad values are refused clearly", () => {
  assert.equal(loadSettings({ NAVAB_NEO4J_PORT: "7799" }).database.uri, "bolt://127.0.0.1:7799");
  assert.throws(
    () => loadSettings({ NAVAB_NEO4J_PORT: "not-a-port" }),
    (error: unknown) => {
      assert.ok(error instanceof SettingsError);
      assert.match(error.message, /NAVAB_NEO4J_PORT/);
      return true;
    },
  );
  assert.throws(() => loadSettings({ NAVAB_NEO4J_HEAP: "lots" }), /NAVAB_NEO4J_HEAP must look like 2g/);
});

test("model, API and reviewer variables are read here, typed, and handed to the rest of navab", () => {
  const settings = loadSettings({
    NAVAB_GGUF: "/models/x.gguf",
    NAVAB_LLM_PRICE_PROMPT: "2",
    NAVAB_JWT_SECRET: "",
    USER: "ada",
    UNRELATED: "ignored",
  });
  assert.equal(settings.models.NAVAB_GGUF, "/models/x.gguf");
  assert.equal(settings.models.NAVAB_LLM_PRICE_PROMPT, "2");
  assert.equal("UNRELATED" in settings.models, false);
  assert.equal(settings.jwtSecret, undefined, "an empty secret counts as unset");
  assert.equal(settings.user, "ada");
});
