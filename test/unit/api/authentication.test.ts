import assert from "node:assert/strict";
import { test } from "node:test";
import { SignJWT } from "jose";
import { identifyCaller, secretKey, signToken } from "../../../src/api/authentication.js";
import { InputError } from "../../../src/shared/errors.js";

const secret = "a-secret-that-is-long-enough";

test("no Authorization header is an anonymous caller", async () => {
  assert.deepEqual(await identifyCaller(undefined, secretKey(secret)), { kind: "anonymous" });
  assert.deepEqual(await identifyCaller("  ", secretKey(secret)), { kind: "anonymous" });
});

test("a token signed with the secret is verified and carries its subject", async () => {
  const caller = await identifyCaller(`Bearer ${await signToken(secret, "alice")}`, secretKey(secret));
  assert.equal(caller.kind, "verified");
  assert.equal(caller.kind === "verified" ? caller.claims.sub : undefined, "alice");
});

test("forged, expired, subject-less and malformed tokens are rejected with a reason", async () => {
  const key = secretKey(secret);
  const forged = await identifyCaller(`Bearer ${await signToken("another-long-secret-value", "alice")}`, key);
  assert.equal(forged.kind, "rejected");
  const expired = await identifyCaller(`Bearer ${await signToken(secret, "alice", -10)}`, key);
  assert.match(expired.kind === "rejected" ? expired.reason : "", /invalid JWT: .*exp/);
  const anonymousToken = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .sign(new TextEncoder().encode(secret));
  assert.match(JSON.stringify(await identifyCaller(`Bearer ${anonymousToken}`, key)), /no 'sub'/);
  assert.match(JSON.stringify(await identifyCaller("Basic abc", key)), /must be 'Bearer <jwt>'/);
  assert.match(JSON.stringify(await identifyCaller("Bearer x.y.z", undefined)), /no NAVAB_JWT_SECRET/);
});

test("a short secret is refused up front; an empty one means no secret", () => {
  assert.throws(() => secretKey("short"), InputError);
  assert.equal(secretKey(""), undefined);
  assert.equal(secretKey(undefined), undefined);
});
