// The statements a conflict run judged (its scope, JUDGED_IN) with their nation and whether the run kept them
// (none of its own cycles DEACTIVATED them): the before/after populations of human verification (NaVAB Table 7).
MATCH (statement:Statement)-[:JUDGED_IN]->(:Run {id: $conflictRunId})
OPTIONAL MATCH (article:Article)-[:STATES]->(statement)
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(nation:Nation)
WITH statement, head(collect(nation.code)) AS code
WITH statement, coalesce(code, "unknown") AS nation
WHERE $nations IS NULL OR nation IN $nations
RETURN statement.id AS id, nation,
  NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $conflictRunId } AS kept
ORDER BY id;
