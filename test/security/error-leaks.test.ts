// Issue 12 item 9 (API side): errors and answers do not leak internals — an internal failure is reported with a
// reference instead of the database's message, and an absolute path stored on an article is not served as is.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { loadSettings } from "../../src/config/settings.js";
import type { CypherExecutor } from "../../src/database/executor.js";
import { openTestDatabase } from "../support/database.js";
import {
  errorCode,
  rawRequest,
  removeSecurityFixture,
  seedSecurityFixture,
  type SecurityFixture,
} from "./security-fixture.js";

const absolutePath = "/home/navab-operator/private/corpora/uk-bbc/001.txt";
let executor: CypherExecutor;
let server: ApiServer;
let fixture: SecurityFixture;
const logged: string[] = [];

before(async () => {
  executor = await openTestDatabase();
  fixture = await seedSecurityFixture(executor, { url: "https://example.org/a", sourceFile: absolutePath });
  server = await createApiServer({ database: loadSettings().database, port: 0, log: (line) => logged.push(line) });
});

after(async () => {
  await server?.stop();
  if (fixture !== undefined) await removeSecurityFixture(executor, fixture.runId);
  await executor?.close();
});

test("an internal database failure is answered with a reference, not the database's message", async () => {
  const reply = await rawRequest(server.url, {
    body: { query: `{ statements(where: { id: { eq: "${fixture.reversedId}" } }) { id spanText } }` },
  });
  assert.notEqual(reply.status, 500);
  assert.equal(errorCode(reply), "INTERNAL_SERVER_ERROR");
  assert.doesNotMatch(reply.body, /negative|substring|Neo4j|Cypher|\/home\//i, reply.body);
  assert.match(reply.body, /internal error \(reference [0-9a-f]+\)/);
  assert.ok(
    logged.some((line) => /negative/.test(line)),
    "the real message is in the server log",
  );
});

test("an absolute source path is served without the machine's folders, and cannot be probed by filters", async () => {
  const reply = await rawRequest(server.url, {
    body: { query: `{ articles(where: { id: { eq: "${fixture.articleId}" } }) { id sourceFile } }` },
  });
  assert.equal(reply.status, 200, reply.body);
  assert.doesNotMatch(reply.body, /navab-operator|\/home\//);
  assert.match(reply.body, /"sourceFile":"…\/001.txt"/);
  const probe = await rawRequest(server.url, {
    body: { query: `{ articles(where: { sourceFile: { startsWith: "/home/" } }, limit: 1) { id } }` },
  });
  assert.equal(probe.status, 400, "sourceFile is not filterable");
});
