// JWT handling for the API: anonymous callers read; writes (human review decisions) need an HS256 JWT signed with
// NAVAB_JWT_SECRET. Verified once per request here; the decoded claims go to @neo4j/graphql as `context.jwt`,
// where the schema's @authentication/@authorization directives apply them. A token must say when it was issued and
// when it expires, and live at most MAXIMUM_TOKEN_HOURS; a weak secret (short, few distinct characters, low
// estimated entropy — e.g. 16 spaces) is refused up front.
import { jwtVerify, SignJWT, type JWTPayload } from "jose";
import { InputError } from "../shared/errors.js";

export const MINIMUM_SECRET_LENGTH = 32;
const MINIMUM_DISTINCT_CHARACTERS = 10;
/** Shannon estimate of the secret's bits (length × entropy of its characters); 32 random hex digits give ~100–125. */
const MINIMUM_ESTIMATED_BITS = 96;
export const MAXIMUM_TOKEN_HOURS = 24;
const MAXIMUM_TOKEN_SECONDS = MAXIMUM_TOKEN_HOURS * 3600;
const HOW_TO_MAKE_ONE = "make one with `openssl rand -base64 32`";

/** What the request's Authorization header proved: nobody, a verified caller, or a bad token (with why). */
export type Caller =
  { kind: "anonymous" } | { kind: "verified"; claims: JWTPayload } | { kind: "rejected"; reason: string };

/** The secret as bytes, or undefined when unset; a weak secret is refused with what to do. */
export function secretKey(secret: string | undefined): Uint8Array | undefined {
  if (secret === undefined || secret === "") return undefined;
  const weakness = secretWeakness(secret);
  if (weakness !== undefined) throw new InputError(`NAVAB_JWT_SECRET is too weak: ${weakness}; ${HOW_TO_MAKE_ONE}`);
  return new TextEncoder().encode(secret);
}

/** Why `secret` is too weak to sign reviewer tokens, or undefined when it is strong enough. */
export function secretWeakness(secret: string): string | undefined {
  if (secret.length < MINIMUM_SECRET_LENGTH) {
    return `it has ${secret.length} characters, at least ${MINIMUM_SECRET_LENGTH} are needed`;
  }
  const counts = new Map<string, number>();
  for (const character of secret) counts.set(character, (counts.get(character) ?? 0) + 1);
  if (secret.trim() === "" || counts.size < MINIMUM_DISTINCT_CHARACTERS) {
    return `it has ${counts.size} distinct characters, at least ${MINIMUM_DISTINCT_CHARACTERS} are needed`;
  }
  let bits = 0;
  for (const count of counts.values()) bits -= count * Math.log2(count / secret.length);
  if (bits < MINIMUM_ESTIMATED_BITS) {
    return `its estimated entropy is ${Math.round(bits)} bits, at least ${MINIMUM_ESTIMATED_BITS} are needed`;
  }
  return undefined;
}

/** Reads `Authorization: Bearer <jwt>` and verifies it (HS256, iat + exp required, bounded lifetime). */
export async function identifyCaller(authorization: string | undefined, key: Uint8Array | undefined): Promise<Caller> {
  if (authorization === undefined || authorization.trim() === "") return { kind: "anonymous" };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (match?.[1] === undefined) return { kind: "rejected", reason: "the Authorization header must be 'Bearer <jwt>'" };
  if (key === undefined)
    return { kind: "rejected", reason: "this server has no NAVAB_JWT_SECRET, so it accepts no JWT" };
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(match[1], key, {
      algorithms: ["HS256"],
      requiredClaims: ["exp", "iat"],
      maxTokenAge: MAXIMUM_TOKEN_SECONDS,
      clockTolerance: 30,
    }));
  } catch (error) {
    return { kind: "rejected", reason: `invalid JWT: ${(error as Error).message}` };
  }
  if (typeof payload.sub !== "string" || payload.sub === "") {
    return { kind: "rejected", reason: "the JWT has no 'sub' (the reviewer's name)" };
  }
  if ((payload.exp ?? 0) - (payload.iat ?? 0) > MAXIMUM_TOKEN_SECONDS) {
    return { kind: "rejected", reason: `invalid JWT: it lives longer than ${MAXIMUM_TOKEN_HOURS} hours (exp − iat)` };
  }
  return { kind: "verified", claims: payload };
}

/** Signs a reviewer token (HS256) for `subject`, valid for `seconds` (at most MAXIMUM_TOKEN_HOURS). */
export async function signToken(secret: string, subject: string, seconds = 3600): Promise<string> {
  const key = secretKey(secret);
  if (key === undefined) throw new InputError("set NAVAB_JWT_SECRET to sign tokens");
  if (subject.trim() === "") throw new InputError("a token needs a non-empty subject (the reviewer's name)");
  if (!(seconds > 0 && seconds <= MAXIMUM_TOKEN_SECONDS)) {
    throw new InputError(
      `a reviewer token lives more than 0 and at most ${MAXIMUM_TOKEN_HOURS} hours (--token-hours), not ${seconds / 3600}`,
    );
  }
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: ["reviewer"] })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuedAt(now)
    .setExpirationTime(now + Math.round(seconds))
    .sign(key);
}
