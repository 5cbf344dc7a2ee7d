// Domain errors for database access: what went wrong in words a user can act on, never a raw driver stack.
import { NavabError } from "../shared/errors.js";

export class DatabaseError extends NavabError {
  override name = "DatabaseError";
  constructor(
    message: string,
    readonly query?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The server cannot be reached (stopped, wrong URI, network). */
export class DatabaseUnavailableError extends DatabaseError {
  override name = "DatabaseUnavailableError";
}

/** Credentials were refused. */
export class DatabaseAuthenticationError extends DatabaseError {
  override name = "DatabaseAuthenticationError";
}

/** A uniqueness or existence constraint refused a write. */
export class ConstraintViolationError extends DatabaseError {
  override name = "ConstraintViolationError";
}

/** A `.cypher` file does not parse or names something that does not exist. */
export class CypherQueryError extends DatabaseError {
  override name = "CypherQueryError";
}

/** No `cypher/<name>.cypher` file exists for the requested name. */
export class QueryNotFoundError extends DatabaseError {
  override name = "QueryNotFoundError";
}

/** The embedded server could not be provisioned or started. */
export class ServerStartError extends DatabaseError {
  override name = "ServerStartError";
}
