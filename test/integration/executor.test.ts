import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import type { CypherExecutor } from "../../src/database/executor.js";
import { CypherQueryError, DatabaseUnavailableError, QueryNotFoundError } from "../../src/database/errors.js";
import { openTestDatabase } from "../support/database.js";

let executor: CypherExecutor;
before(async () => {
  executor = await openTestDatabase();
});
after(() => executor.close());

test("runs a named query with parameters and returns plain values", async () => {
  const rows = await executor.read<{ text: string; number: number; list: number[] }>("testing/executor/echo", {
    text: "hé",
    number: 7,
  });
  assert.deepEqual(rows, [{ text: "hé", number: 7, list: [1, 2, 3] }]);
});

test("an invalid query file becomes a CypherQueryError naming the query", async () => {
  await assert.rejects(executor.read("testing/executor/broken"), (error: unknown) => {
    assert.ok(error instanceof CypherQueryError);
    assert.match(error.message, /query testing\/executor\/broken/);
    return true;
  });
});

test("an unknown or malformed query name is refused before reaching the server", async () => {
  await assert.rejects(executor.read("test/does-not-exist"), QueryNotFoundError);
  await assert.rejects(executor.read("../package"), QueryNotFoundError);
});

test("NEO4J_URI pointing at a stopped server gives a clear DatabaseUnavailableError", async () => {
  const settings = loadSettings({ ...process.env, NEO4J_URI: "bolt://127.0.0.1:1" });
  const started = Date.now();
  await assert.rejects(connectDatabase(settings), (error: unknown) => {
    assert.ok(error instanceof DatabaseUnavailableError);
    assert.match(error.message, /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    return true;
  });
  assert.ok(Date.now() - started < 10_000, "the error comes quickly, not after the retry budget");
});

test("the server has the APOC functions @neo4j/graphql needs", async () => {
  const [row] = await executor.read<{ present: string[] }>("schema/apoc-functions", {
    names: ["apoc.util.validatePredicate", "apoc.date.convertFormat"],
  });
  assert.deepEqual(row?.present.sort(), ["apoc.date.convertFormat", "apoc.util.validatePredicate"]);
});
