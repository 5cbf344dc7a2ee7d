// An Apollo plugin that checks each resolved operation before it runs: a bad token is refused, a mutation needs
// a verified JWT (and a configured secret), and the estimated cost must stay under the limit. Clear messages and
// HTTP statuses (400/401/403) instead of resolver errors.
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Caller } from "./authentication.js";
import { costError, estimateCost, type QueryLimits } from "./query-limits.js";

export interface ApiContext {
  caller: Caller;
  /** Decoded claims for @neo4j/graphql's @authentication/@authorization (absent for anonymous callers). */
  jwt?: Record<string, unknown>;
  /** Read by @neo4j/graphql: the Neo4j transaction timeout and metadata of this request. */
  transaction: { timeout: number; metadata: Record<string, unknown> };
  /** Read by @neo4j/graphql: the database to use (NEO4J_DATABASE), when set. */
  sessionConfig?: { database: string };
}

function refusal(message: string, code: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

export function requestGuard(limits: QueryLimits, hasSecret: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request, schema }) {
          const caller = contextValue.caller;
          if (caller.kind === "rejected") throw refusal(caller.reason, "UNAUTHENTICATED", 401);
          if (operation?.operation === "mutation") {
            if (!hasSecret) {
              throw refusal(
                "mutations are disabled: the server was started without NAVAB_JWT_SECRET",
                "FORBIDDEN",
                403,
              );
            }
            if (caller.kind !== "verified") {
              throw refusal(
                "mutations need a JWT: send 'Authorization: Bearer <token>' signed with NAVAB_JWT_SECRET " +
                  "(anonymous callers can only read)",
                "UNAUTHENTICATED",
                401,
              );
            }
          }
          const cost = estimateCost(
            schema,
            document,
            request.variables ?? {},
            request.operationName ?? undefined,
            limits.defaultPageSize,
          );
          if (cost > limits.maxCost) throw costError(cost, limits.maxCost);
        },
      };
    },
  };
}
