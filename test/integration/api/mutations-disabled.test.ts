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
  const mutation = await postGraphQL(server.url, `mutation { deleteReviews(where: { id: { eq: "none" } }) { nodesDeleted } }`);
  assert.equal(mutation.status, 403);
  assert.match(mutation.errors?.[0]?.message ?? "", /mutations are disabled: the server was started without NAVAB_JWT_SECRET/);
  const read = await postGraphQL(server.url, `{ nations(limit: 1) { code } }`);
  assert.equal(read.status, 200);
  assert.ok(Array.isArray((read.data as { nations: unknown[] }).nations));
});

test("a mutation of a read-only type does not even exist in the schema", async () => {
  const reply = await postGraphQL(server.url, `mutation { deleteArticles { nodesDeleted } }`);
  assert.equal(reply.status, 400);
  assert.match(reply.errors?.[0]?.message ?? "", /Cannot query field "deleteArticles" on type "Mutation"/);
});
