// Prints the full GraphQL schema @neo4j/graphql generates from schema/*.graphql (SDL on stdout), for review and
// for clients: `npx tsx bench/api/print-schema.ts > out/navab-schema.graphql`.
import { printSchema } from "graphql";
import { createGraphQLSchema } from "../../src/api/graphql-schema.js";

process.stdout.write(`${printSchema(await createGraphQLSchema(undefined, undefined))}\n`);
