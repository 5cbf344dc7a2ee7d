// JWT handling for the API: anonymous callers read; writes (human review decisions) need an HS256 JWT signed with
// NAVAB_JWT_SECRET. Verified once per request here; the decoded claims go to @neo4j/graphql as `context.jwt`,
// where the schema's @authentication/@authorization directives apply them.
import { jwtVerify, SignJWT, type JWTPayload } from "jose";
import { InputError } from "../shared/errors.js";

export const MINIMUM_SECRET_LENGTH = 16;

/** What the request's Authorization header proved: nobody, a verified caller, or a bad token (with why). */
export type Caller =
  { kind: "anonymous" } | { kind: "verified"; claims: JWTPayload } | { kind: "rejected"; reason: string };

/** The secret as bytes, or undefined when unset; a too-short secret is refused up front. */
export function secretKey(secret: string | undefined): Uint8Array | undefined {
  if (secret === undefined || secret === "") return undefined;
  if (secret.length < MINIMUM_SECRET_LENGTH) {
    throw new InputError(`NAVAB_JWT_SECRET must be at least ${MINIMUM_SECRET_LENGTH} characters long`);
  }
  return new TextEncoder().encode(secret);
}

/** Reads `Authorization: Bearer <jwt>` and verifies it (HS256, expiry) when the server has a secret. */
export async function identifyCaller(authorization: string | undefined, key: Uint8Array | undefined): Promise<Caller> {
  if (authorization === undefined || authorization.trim() === "") return { kind: "anonymous" };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (match?.[1] === undefined) return { kind: "rejected", reason: "the Authorization header must be 'Bearer <jwt>'" };
  if (key === undefined)
    return { kind: "rejected", reason: "this server has no NAVAB_JWT_SECRET, so it accepts no JWT" };
  try {
    const { payload } = await jwtVerify(match[1], key, { algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || payload.sub === "") {
      return { kind: "rejected", reason: "the JWT has no 'sub' (the reviewer's name)" };
    }
    return { kind: "verified", claims: payload };
  } catch (error) {
    return { kind: "rejected", reason: `invalid JWT: ${(error as Error).message}` };
  }
}

/** Signs a reviewer token (HS256) for `subject`, valid for `seconds`; used by `navab serve --token-for` and tests. */
export async function signToken(secret: string, subject: string, seconds = 3600): Promise<string> {
  const key = secretKey(secret);
  if (key === undefined) throw new InputError("set NAVAB_JWT_SECRET to sign tokens");
  if (subject.trim() === "") throw new InputError("a token needs a non-empty subject (the reviewer's name)");
  return new SignJWT({ roles: ["reviewer"] })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + seconds)
    .sign(key);
}
