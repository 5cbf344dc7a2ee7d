// Verification labels through the API (schema/verify.graphql): a reviewer JWT is needed, `by` must be its subject,
// the label must name an existing item of a set, and at most 50 labels go in one request.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { signToken } from "../../../src/api/authentication.js";
import { createApiServer, type ApiServer } from "../../../src/api/server.js";
import { loadSettings } from "../../../src/config/settings.js";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { prepareVerification, readVerificationLabels, verificationSetId } from "../../../src/verify/index.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";
import { postGraphQL } from "../api/api-fixture.js";

const secret = "test-secret-for-the-navab-label-api-0123456789";
const runId = uniqueRunId("label-api");
const nation = `X${runId.slice(-6).toUpperCase()}`;
const stageRunIds = [`${runId}-prepare`];
let executor: CypherExecutor;
let server: ApiServer;

before(async () => {
  executor = await openTestDatabase();
  await executor.write("testing/verify/seed", {
    runId,
    nation,
    statements: [0, 1, 2, 3].map((index) => ({ id: `${runId}-s${index}`, text: `statement ${index}`, kept: true })),
    pairs: [],
  });
  await prepareVerification({ conflictRunId: runId }, { runId: stageRunIds[0] }, { executor, models: {} });
  server = await createApiServer({ database: loadSettings().database, jwtSecret: secret, port: 0 });
});

after(async () => {
  await server?.stop();
  await executor.write("testing/verify/remove", { runId, stageRunIds });
  await executor.close();
});

const mutation = `mutation Label($input: [VerificationLabelCreateInput!]!) {
  createVerificationLabels(input: $input) { verificationLabels { id by label } }
}`;

test("labels need a token whose subject is the rater and an existing item", async () => {
  const setId = verificationSetId(runId, nation);
  const label = (by: string, statementId = `${runId}-s1`) => ({ setId, statementId, label: "align", by });
  const token = await signToken(secret, "alice");
  const anonymous = await postGraphQL(server.url, mutation, { input: [label("alice")] });
  assert.ok(anonymous.errors?.length, "no token, no label");
  const impersonation = await postGraphQL(server.url, mutation, { input: [label("bob")] }, token);
  assert.equal(impersonation.errors?.[0]?.extensions?.code, "FORBIDDEN");
  const unknown = await postGraphQL(server.url, mutation, { input: [label("alice", "nope")] }, token);
  assert.equal(unknown.errors?.[0]?.extensions?.code, "LABEL_NEEDS_AN_ITEM");
  const tooMany = await postGraphQL(
    server.url,
    mutation,
    { input: Array.from({ length: 51 }, () => label("alice")) },
    token,
  );
  assert.equal(tooMany.errors?.[0]?.extensions?.code, "TOO_MANY_LABELS");
  const accepted = await postGraphQL(server.url, mutation, { input: [label("alice")] }, token);
  assert.equal(accepted.errors, undefined);
  const stored = (await readVerificationLabels(executor, [setId])).human;
  assert.deepEqual(
    stored.map((entry) => [entry.statementId, entry.label, entry.by]),
    [[`${runId}-s1`, "align", "alice"]],
  );
});
