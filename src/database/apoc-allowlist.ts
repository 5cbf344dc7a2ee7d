// The APOC procedures and functions navab calls: the only ones the embedded server loads (none unrestricted), and
// what README asks of an external server. From a grep of cypher/ and src/ plus what @neo4j/graphql 7's translator
// emits; test/security/apoc-allowlist.test.ts fails when a query starts using one that is not listed.
export const apocAllowlist = [
  "apoc.coll.indexOf", // conflicts/find-cycles
  "apoc.coll.min", // conflicts/find-cycles
  "apoc.coll.toSet", // conflicts/find-cycles
  "apoc.cypher.runTimeboxed", // conflicts/bench/naive-cycles (bench/conflicts)
  "apoc.date.convertFormat", // @neo4j/graphql: temporal fields
  "apoc.util.sha256", // migrations/012-relative-source-files
  "apoc.util.validate", // @neo4j/graphql: @authorization validate rules
  "apoc.util.validatePredicate", // @neo4j/graphql: @authorization, cardinality checks
] as const;
