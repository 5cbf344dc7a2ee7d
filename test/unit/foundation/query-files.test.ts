import assert from "node:assert/strict";
import { test } from "node:test";
import { QueryNotFoundError } from "../../../src/database/errors.js";
import { listMigrations } from "../../../src/database/migrations.js";
import { QueryFiles, splitStatements } from "../../../src/database/query-files.js";

test("splits a schema script into statements, dropping comments and blank lines", () => {
  const script =
    "// header\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\n" +
    "CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.x);\n";
  assert.deepEqual(splitStatements(script), [
    "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.x)",
  ]);
});

test("loads query files by name and refuses names that escape the cypher folder", () => {
  const queries = new QueryFiles();
  assert.match(queries.text("runs/start-run"), /MERGE \(run:Run \{id: \$id\}\)/);
  assert.throws(() => queries.text("../package"), QueryNotFoundError);
  assert.throws(() => queries.text("runs/missing"), /no query file cypher\/runs\/missing\.cypher/);
});

test("migrations are numbered uniquely and ordered", () => {
  const migrations = listMigrations();
  assert.ok(migrations.length >= 1);
  const versions = migrations.map((migration) => migration.version);
  assert.deepEqual(
    versions,
    [...new Set(versions)].sort((left, right) => left - right),
  );
});
