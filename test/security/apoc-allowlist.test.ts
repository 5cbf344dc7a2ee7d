// The APOC allowlist (src/database/apoc-allowlist.ts) is exactly what navab calls: every `apoc.<package>.<name>`
// in cypher/**/*.cypher, src/**/*.ts and @neo4j/graphql's translator. A query that starts using another APOC
// name fails here (and would fail on the embedded server, which loads only the allowlist).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fromRepository } from "../../src/config/paths.js";
import { apocAllowlist } from "../../src/database/apoc-allowlist.js";

const apocName = /\bapoc\.[a-z]+\.[A-Za-z0-9]+/g;

function apocNamesIn(folder: string, extension: string, skip: (path: string) => boolean = () => false): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    const path = join(folder, entry);
    if (!entry.endsWith(extension) || skip(path)) continue;
    for (const match of readFileSync(path, "utf8").matchAll(apocName)) names.add(match[0]);
  }
  return names;
}

test("the APOC allowlist is exactly what navab's queries, code and @neo4j/graphql call", () => {
  const used = new Set([
    ...apocNamesIn(fromRepository("cypher"), ".cypher", (path) => path.includes(join("cypher", "testing", "security"))),
    ...apocNamesIn(fromRepository("src"), ".ts", (path) => path.endsWith("apoc-allowlist.ts")),
    ...apocNamesIn(fromRepository("node_modules", "@neo4j", "graphql", "dist", "translate"), ".js"),
  ]);
  assert.deepEqual([...used].sort(), [...apocAllowlist].sort());
});
