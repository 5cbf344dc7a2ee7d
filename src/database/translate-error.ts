// Turns neo4j-driver errors into navab's domain errors, keeping the query name and the original as cause.
import {
  ConstraintViolationError,
  CypherQueryError,
  DatabaseAuthenticationError,
  DatabaseError,
  DatabaseUnavailableError,
} from "./errors.js";

interface DriverErrorShape {
  code?: string;
  message?: string;
}

/** Maps a thrown driver error to a DatabaseError subclass; other errors pass through unchanged. */
export function translateDatabaseError(error: unknown, query: string, uri: string): unknown {
  if (error instanceof DatabaseError || typeof error !== "object" || error === null) return error;
  const { code = "", message = "" } = error as DriverErrorShape;
  const where = `query ${query}`;
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|connect ETIMEDOUT/.test(message)) {
    return new DatabaseUnavailableError(
      `cannot reach Neo4j at ${uri} (${where}): is the server running? Unset NEO4J_URI to use navab's embedded ` +
        `server (started by 'navab db start'), or point NEO4J_URI at a running one.`,
      query,
      { cause: error },
    );
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new DatabaseAuthenticationError(
      `Neo4j at ${uri} refused the credentials (${where}); check NEO4J_USER and NEO4J_PASSWORD: ${message}`,
      query,
      { cause: error },
    );
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new ConstraintViolationError(`constraint violated in ${where}: ${message}`, query, { cause: error });
  }
  if (code.startsWith("Neo.ClientError.Statement.") || code.startsWith("Neo.ClientError.Procedure.")) {
    return new CypherQueryError(`${where} failed: ${message} [${code}]`, query, { cause: error });
  }
  if (code.startsWith("Neo.")) {
    return new DatabaseError(`${where} failed: ${message} [${code}]`, query, { cause: error });
  }
  return error;
}
