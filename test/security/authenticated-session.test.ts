// Issue 12 item 1, past the login: even navab's own authenticated session cannot read local files with LOAD CSV,
// fetch from loopback services, or call an APOC procedure or function outside the allowlist; the APOC the server
// loads is exactly the allowlist (src/database/apoc-allowlist.ts).
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { loadSettings } from "../../src/config/settings.js";
import { apocAllowlist } from "../../src/database/apoc-allowlist.js";
import { CypherQueryError } from "../../src/database/errors.js";
import type { CypherExecutor } from "../../src/database/executor.js";
import { openTestDatabase } from "../support/database.js";

const skip = loadSettings().database.embedded ? false : "NEO4J_URI is set: these tests check the embedded server";

let executor: CypherExecutor;
before(async () => {
  if (skip === false) executor = await openTestDatabase();
});
after(() => executor?.close());

function refusedWith(code: string) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof CypherQueryError, `expected a CypherQueryError, got ${String(error)}`);
    assert.match(error.message, new RegExp(code.replaceAll(".", "\\.")));
    return true;
  };
}

test("LOAD CSV of a file URL is refused", { skip }, async () => {
  await assert.rejects(
    executor.read("testing/security/load-csv-url", { url: "file:///etc/passwd" }),
    refusedWith("Neo.ClientError.Statement.ExternalResourceFailed"),
  );
});

test("LOAD CSV cannot reach a service on loopback", { skip }, async () => {
  let requests = 0;
  const server: Server = createServer((_request, response) => {
    requests += 1;
    response.end("secret,value\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    await assert.rejects(
      executor.read("testing/security/load-csv-url", { url: `http://127.0.0.1:${port}/data.csv` }),
      refusedWith("Neo.ClientError.Statement.ExternalResourceFailed"),
    );
    assert.equal(requests, 0, "the local service was not contacted");
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test("APOC outside the allowlist is not loaded", { skip }, async () => {
  await assert.rejects(
    executor.read("testing/security/apoc-outside-allowlist", { keyword: "coll" }),
    refusedWith("Neo.ClientError.Procedure.ProcedureNotFound"),
  );
  await assert.rejects(
    executor.read("testing/security/apoc-function-outside-allowlist"),
    refusedWith("Neo.ClientError.Statement.SyntaxError"),
  );
});

test("the APOC the server loads is exactly the allowlist", { skip }, async () => {
  const [procedures] = await executor.read<{ names: string[] }>("testing/security/apoc-procedures");
  const [functions] = await executor.read<{ names: string[] }>("testing/security/apoc-functions");
  const loaded = [...(procedures?.names ?? []), ...(functions?.names ?? [])].sort();
  assert.deepEqual(loaded, [...apocAllowlist].sort());
});
