// The executable GraphQL schema: @neo4j/graphql 7 generates queries, filters, pagination and the Review mutations
// from schema/*.graphql (with cypher/api/*.cypher filled into the @cypher fields).
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { loadTypeDefinitions } from "./type-definitions.js";

/** Every generated filter/mutation form that @neo4j/graphql 7 marks deprecated is left out of the schema. */
const excludeDeprecatedFields = {
  mutationOperations: true,
  aggregationFilters: true,
  aggregationFiltersOutsideConnection: true,
  relationshipFilters: true,
  attributeFilters: true,
};

/**
 * Builds the schema over `driver` (omit it to only print the schema). @neo4j/graphql needs a key to enable
 * @authentication; claims are verified in authentication.ts and handed over as `context.jwt`, so the key only
 * matters if the library ever sees a raw token.
 */
export function createGraphQLSchema(
  driver: Driver | undefined,
  jwtSecret: string | undefined,
  typeDefinitions: DocumentNode = loadTypeDefinitions(),
): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: typeDefinitions,
    ...(driver === undefined ? {} : { driver }),
    features: { authorization: { key: jwtSecret ?? crypto.randomUUID() }, excludeDeprecatedFields },
  });
  return neoSchema.getSchema();
}
