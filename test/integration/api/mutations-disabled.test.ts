// Without NAVAB_JWT_SECRET the API is read-only: every mutation is refused with a message saying why.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createApiServer, type ApiServer } from "../../../src/api/server.js";
import { loadSettings } from "../../../src/config/settings.js";
import { postGraphQL } from "./api-fixture.js";

let server: ApiServer;
before(async () => {
  server = await createApiServer({ database: loadSettings().database, jwtSecret: undefined, port: 0 });
});
after(() => server?.stop());

test("a server without a JWT secret refuses mutations and still answers reads", async () => {
  const mutation = await postGraphQL(
    server.url,
    `mutation { createReviews(input: [{ decision: accept, by: "x" }]) { reviews { id } } }`,
  );
  assert.equal(mutation.status, 403);
  assert.match(
    mutation.errors?.[0]?.message ?? "",
    /mutations are disabled: the server was started without NAVAB_JWT_SECRET/,
  );
  const read = await postGraphQL(server.url, `{ nations(limit: 1) { code } }`);
  assert.equal(read.status, 200);
  assert.ok(Array.isArray((read.data as { nations: unknown[] }).nations));
});

test("mutations of read-only types, and edits or deletions of reviews, do not even exist in the schema", async () => {
  for (const field of ["deleteArticles", "updateTopics", "deleteReviews", "updateReviews"]) {
    const reply = await postGraphQL(server.url, `mutation { ${field} { __typename } }`);
    assert.equal(reply.status, 400, field);
    assert.match(reply.errors?.[0]?.message ?? "", new RegExp(`Cannot query field "${field}" on type "Mutation"`));
  }
});
