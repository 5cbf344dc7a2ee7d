// An Apollo plugin that checks each resolved operation before it runs: a bad token is refused, a mutation needs a
// verified JWT (and a configured secret), anchored filters are resolved (filter-anchors.ts) and the estimated cost
// — and introspection's — must stay under the limits. Clear messages and HTTP statuses (400/401/403) instead of
// resolver errors; an authorization refusal from the schema's rules is sent as 403, not 200.
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import {
  getArgumentValues,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FieldNode,
} from "graphql";
import type { Caller } from "./authentication.js";
import type { CostModel } from "./cost-model.js";
import { findAnchor, type AnchorResolver } from "./filter-anchors.js";
import { standardIntrospection } from "./introspection-cost.js";
import { coerceVariables, estimateCost } from "./query-cost.js";
import { costError, introspectionError, type QueryLimits } from "./query-limits.js";
import { refusal } from "./refusal.js";

export interface ApiContext {
  caller: Caller;
  /** Decoded claims for @neo4j/graphql's @authentication/@authorization (absent for anonymous callers). */
  jwt?: Record<string, unknown>;
  /** Read by @neo4j/graphql: the Neo4j transaction timeout and metadata of this request. */
  transaction: { timeout: number; metadata: Record<string, unknown> };
  /** Read by @neo4j/graphql: the database to use (NEO4J_DATABASE), when set. */
  sessionConfig?: { database: string };
  /** This request's anchored filters (ids read once, shared by the cost check and the resolvers). */
  anchors: AnchorResolver;
}

const STATUS_OF_CODE: Readonly<Record<string, number>> = { FORBIDDEN: 403, UNAUTHENTICATED: 401 };

export function requestGuard(
  limits: QueryLimits,
  hasSecret: boolean,
  model: CostModel,
): ApolloServerPlugin<ApiContext> {
  let introspectionBudget: number | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          checkAccess(request.contextValue.caller, request.operation, hasSecret);
          const operation = request.operation;
          if (operation === undefined) return;
          const name = request.operationName ?? undefined;
          const variables = coerceVariables(request.schema, request.document, name, request.request.variables ?? {});
          if (variables === undefined) return;
          const anchored = await anchoredRows(request, operation, variables);
          const estimate = estimateCost(request.schema, request.document, name, variables, model, limits, anchored);
          if (estimate.cost > limits.maxCost) throw costError(estimate.cost, limits.maxCost);
          introspectionBudget ??= limits.introspectionAllowance * standardCost(request.schema, model, limits);
          if (estimate.introspection > introspectionBudget)
            throw introspectionError(estimate.introspection, introspectionBudget);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || response.http.status !== undefined) return;
          const codes = (response.body.singleResult.errors ?? []).map((error) => String(error.extensions?.code));
          const status = codes.map((code) => STATUS_OF_CODE[code]).find((found) => found !== undefined);
          if (status !== undefined) response.http.status = status;
        },
      };
    },
  };
}

function checkAccess(caller: Caller, operation: OperationDefinitionNode | undefined, hasSecret: boolean): void {
  if (caller.kind === "rejected") throw refusal(caller.reason, "UNAUTHENTICATED", 401);
  if (operation?.operation !== "mutation") return;
  if (!hasSecret) {
    throw refusal("mutations are disabled: the server was started without NAVAB_JWT_SECRET", "FORBIDDEN", 403);
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

/** Rows of each anchored root field (by response key), reading the anchor ids the resolvers will reuse. */
async function anchoredRows(
  request: GraphQLRequestContextDidResolveOperation<ApiContext>,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Promise<Map<string, number>> {
  const rows = new Map<string, number>();
  const query = request.schema.getQueryType();
  if (operation.operation !== "query" || query === null || query === undefined) return rows;
  for (const field of rootFields(operation.selectionSet, request.document)) {
    const definition = query.getFields()[field.name.value];
    if (definition === undefined) continue;
    const match = findAnchor(field.name.value, getArgumentValues(definition, field, variables).where);
    if (match === undefined) continue;
    const ids = await request.contextValue.anchors.ids(match);
    if (ids !== undefined) rows.set(field.alias?.value ?? field.name.value, ids.length);
  }
  return rows;
}

function rootFields(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      fields.push(...rootFields(selection.selectionSet, document, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        fields.push(...rootFields(fragment.selectionSet, document, seen));
    }
  }
  return fields;
}

function standardCost(schema: GraphQLSchema, model: CostModel, limits: QueryLimits): number {
  return estimateCost(schema, standardIntrospection, undefined, {}, model, limits).introspection;
}
