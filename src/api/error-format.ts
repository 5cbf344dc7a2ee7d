// What an API error may say. @neo4j/graphql's authorization failures get a clear message and code (FORBIDDEN /
// UNAUTHENTICATED), a Neo4j transaction timeout becomes QUERY_TIMEOUT, and any other internal error is replaced by
// a generic message with a reference that is logged with the real one — database messages, Cypher and file paths
// stay in the server log. Absolute paths are cut from every message. (@neo4j/graphql does not export its error
// classes, so they are recognised by their `name`.)
import { randomUUID } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import { redactPaths } from "./path-redaction.js";

/** Codes whose messages the API writes itself or that only describe the request (kept, paths redacted). */
const SAFE_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "FORBIDDEN",
  "UNAUTHENTICATED",
]);

function original(error: unknown): (Error & { code?: unknown }) | undefined {
  const found = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  return found instanceof Error ? found : undefined;
}

export type ErrorLog = (line: string) => void;

/** Apollo's `formatError`: clear codes for known failures, internal details replaced by a logged reference. */
export function createErrorFormatter(log: ErrorLog) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = original(error);
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    if (cause?.name === "Neo4jGraphQLForbiddenError") {
      return withCode(
        formatted,
        "FORBIDDEN",
        "forbidden by the schema's @authorization rules (a review's 'by' must equal the token's subject)",
      );
    }
    if (cause?.name === "Neo4jGraphQLAuthenticationError") {
      return withCode(formatted, "UNAUTHENTICATED", `unauthenticated: ${redactPaths(formatted.message)}`);
    }
    if (typeof cause?.code === "string" && cause.code.includes("TransactionTimedOut")) {
      return withCode(
        formatted,
        "QUERY_TIMEOUT",
        "query timed out: it ran past the server's transaction timeout; ask for less",
      );
    }
    if (code !== "INTERNAL_SERVER_ERROR" || SAFE_CODES.has(code)) {
      return { ...formatted, message: redactPaths(formatted.message) };
    }
    const reference = randomUUID().slice(0, 8);
    log(`navab api: internal error ${reference}: ${cause?.stack ?? formatted.message}`);
    return withCode(
      formatted,
      "INTERNAL_SERVER_ERROR",
      `internal error (reference ${reference}); the server log has the details`,
    );
  };
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string): GraphQLFormattedError {
  return { ...formatted, message, extensions: { ...formatted.extensions, code } };
}
