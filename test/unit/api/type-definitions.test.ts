import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parse, print } from "graphql";
import { loadTypeDefinitions, resolveCypherFiles, SchemaFileError } from "../../../src/api/type-definitions.js";
import { QueryFiles } from "../../../src/database/query-files.js";

function queryFolder(files: Record<string, string>): QueryFiles {
  const root = mkdtempSync(join(tmpdir(), "navab-api-queries-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, `${name}.cypher`), text);
  return new QueryFiles(root);
}

test("@cypherFile becomes @cypher with the file's statement (comments dropped) and the column name", () => {
  const queries = queryFolder({ count: "// counts things\nRETURN 1 AS total\n" });
  const document = resolveCypherFiles(
    parse(`type A @node { total: Int @cypherFile(name: "count", columnName: "total") }`),
    queries,
  );
  assert.match(print(document), /total: Int @cypher\(statement: "RETURN 1 AS total", columnName: "total"\)/);
});

test("a missing query file or argument is a clear error", () => {
  const queries = queryFolder({});
  assert.throws(
    () => resolveCypherFiles(parse(`type A @node { x: Int @cypherFile(name: "nope", columnName: "x") }`), queries),
    /no query file cypher\/nope\.cypher/,
  );
  assert.throws(
    () => resolveCypherFiles(parse(`type A @node { x: Int @cypherFile(name: "nope") }`), queries),
    SchemaFileError,
  );
});

test("the repository's schema loads, with every @cypherFile resolved", () => {
  const text = print(loadTypeDefinitions());
  assert.doesNotMatch(text, /@cypherFile/);
  for (const type of [
    "Nation",
    "Outlet",
    "Article",
    "Topic",
    "TopicMap",
    "Statement",
    "Speaker",
    "Triple",
    "ConflictCycle",
    "Run",
    "Review",
    "EvalRun",
  ]) {
    assert.match(text, new RegExp(`type ${type} @node`), type);
  }
});
