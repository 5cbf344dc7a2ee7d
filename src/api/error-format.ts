// Gives @neo4j/graphql's authorization failures a clear message and code (FORBIDDEN / UNAUTHENTICATED) instead of
// Apollo's generic INTERNAL_SERVER_ERROR "Forbidden"; every other error passes through unchanged. (The library
// does not export its error classes, so they are recognised by their `name`.)
import type { GraphQLFormattedError } from "graphql";

function originalName(error: unknown): string | undefined {
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  return original instanceof Error ? original.name : undefined;
}

export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const name = originalName(error);
  if (name === "Neo4jGraphQLForbiddenError") {
    return {
      ...formatted,
      message: "forbidden by the schema's @authorization rules (a review's 'by' must equal the token's subject)",
      extensions: { ...formatted.extensions, code: "FORBIDDEN" },
    };
  }
  if (name === "Neo4jGraphQLAuthenticationError") {
    return {
      ...formatted,
      message: `unauthenticated: ${formatted.message}`,
      extensions: { ...formatted.extensions, code: "UNAUTHENTICATED" },
    };
  }
  return formatted;
}
