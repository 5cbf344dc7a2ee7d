// Issue 12 item 3: a token must expire and live boundedly, a weak secret is refused, one review reaches exactly one
// topic, and an authorization refusal is an HTTP 403 (not a 200 with an error inside).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SignJWT } from "jose";
import { signToken } from "../../src/api/authentication.js";
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

const secret = "x7Qp2-security-test-secret-9fK3mZ0vLwR8";
let executor: CypherExecutor;
let server: ApiServer;
let fixture: SecurityFixture;

before(async () => {
  executor = await openTestDatabase();
  fixture = await seedSecurityFixture(executor, { url: "https://example.org/a", sourceFile: "uk-bbc/a.txt" });
  server = await createApiServer({ database: loadSettings().database, jwtSecret: secret, port: 0 });
});

after(async () => {
  await server?.stop();
  if (fixture !== undefined) await removeSecurityFixture(executor, fixture.runId);
  await executor?.close();
});

const review = (by: string, connect: string) => `mutation { createReviews(input: [{ decision: accept,
  reason: "security test", by: "${by}", topic: { connect: [{ where: { node: ${connect} } }] } }]) { reviews { id } } }`;

async function reviewsOf(by: string): Promise<{ id: string; topics: number }[]> {
  return executor.read("testing/api/review-topics", { by });
}

test("a token without `exp` (or `iat`) is refused, and nothing is written", async () => {
  const by = `${fixture.runId}-no-exp`;
  const forever = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(by)
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));
  const reply = await rawRequest(server.url, {
    body: { query: review(by, `{ id: { eq: "${fixture.runId}-topic" } }`) },
    headers: { authorization: `Bearer ${forever}` },
  });
  assert.equal(reply.status, 401, reply.body);
  assert.match(reply.body, /invalid JWT/);
  assert.deepEqual(await reviewsOf(by), []);
});

test("token lifetime is bounded and weak secrets are refused", async () => {
  await assert.rejects(signToken(secret, "alice", 10 * 365 * 24 * 3600), /at most \d+ hours/);
  await assert.rejects(
    createApiServer({ database: loadSettings().database, jwtSecret: " ".repeat(16), port: 0 }),
    /NAVAB_JWT_SECRET is too weak/,
  );
  await assert.rejects(signToken("a".repeat(40), "alice"), /NAVAB_JWT_SECRET is too weak/);
});

test("one review connects exactly one topic: an empty connect filter is refused", async () => {
  const by = `${fixture.runId}-every-topic`;
  const token = await signToken(secret, by);
  const everything = await rawRequest(server.url, {
    body: { query: review(by, "{}") },
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(everything.status, 400, everything.body);
  assert.equal(errorCode(everything), "REVIEW_NEEDS_ONE_TOPIC");
  assert.deepEqual(await reviewsOf(by), [], "no review was written");
  const one = await rawRequest(server.url, {
    body: { query: review(by, `{ id: { eq: "${fixture.runId}-topic" } }`) },
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(one.status, 200, one.body);
  assert.deepEqual(
    (await reviewsOf(by)).map((row) => row.topics),
    [1],
  );
});

test("an @authorization refusal (a review in someone else's name) is HTTP 403", async () => {
  const token = await signToken(secret, `${fixture.runId}-mallory`);
  const reply = await rawRequest(server.url, {
    body: { query: review(`${fixture.runId}-alice`, `{ id: { eq: "${fixture.runId}-topic" } }`) },
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(reply.status, 403, reply.body);
  assert.equal(errorCode(reply), "FORBIDDEN");
  assert.deepEqual(await reviewsOf(`${fixture.runId}-alice`), []);
});
