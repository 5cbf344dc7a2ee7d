// One shape for every request the API refuses on purpose: a GraphQL error with a stable code, the HTTP status
// Apollo sends it with (400 for a query that asks too much, 401/403 for access, 429 for a busy client), and
// numbers that say what was found and what the limit is.
import { GraphQLError } from "graphql";

export interface RefusalDetails {
  [key: string]: string | number | boolean;
}

export function refusal(message: string, code: string, status: number, details: RefusalDetails = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status } } });
}

/** The JSON body of a refusal sent before Apollo runs (the gate in http-bridge, the admission limiter). */
export function refusalBody(message: string, code: string, details: RefusalDetails = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] });
}
