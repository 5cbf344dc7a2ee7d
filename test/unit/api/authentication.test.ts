import assert from "node:assert/strict";
import { test } from "node:test";
import { SignJWT } from "jose";
import { identifyCaller, secretKey, secretWeakness, signToken } from "../../../src/api/authentication.js";
import { InputError } from "../../../src/shared/errors.js";

const secret = "test-secret-for-the-navab-api-0123456789";
const encoded = new TextEncoder().encode(secret);

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
  const forged = await identifyCaller(
    `Bearer ${await signToken("another-secret-of-sufficient-length-42", "alice")}`,
    key,
  );
  assert.equal(forged.kind, "rejected");
  const now = Math.floor(Date.now() / 1000);
  const expiredToken = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("alice")
    .setIssuedAt(now - 7200)
    .setExpirationTime(now - 3600)
    .sign(encoded);
  const expired = await identifyCaller(`Bearer ${expiredToken}`, key);
  assert.match(expired.kind === "rejected" ? expired.reason : "", /invalid JWT: .*exp/);
  const anonymousToken = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(encoded);
  assert.match(JSON.stringify(await identifyCaller(`Bearer ${anonymousToken}`, key)), /no 'sub'/);
  assert.match(JSON.stringify(await identifyCaller("Basic abc", key)), /must be 'Bearer <jwt>'/);
  assert.match(JSON.stringify(await identifyCaller("Bearer x.y.z", undefined)), /no NAVAB_JWT_SECRET/);
});

test("an empty secret means no secret; a short one is refused up front", () => {
  assert.throws(() => secretKey("short"), InputError);
  assert.equal(secretKey(""), undefined);
  assert.equal(secretKey(undefined), undefined);
});

test("strong secrets pass: 32 random hex digits, base64 of 32 bytes, a long passphrase", () => {
  for (const strong of ["b98d8b010dee2a497297663964e3fed5", "0a2fUX31mI2FJuOaMBV3+tHSXac9AaNHim5yoz8KwrQ=", secret]) {
    assert.equal(secretWeakness(strong), undefined, strong);
  }
  assert.match(secretWeakness("abababababababababababababababab") ?? "", /distinct characters/);
});
