// The statements a conflict run kept: its scope (JUDGED_IN) minus those its own cycles deactivated.
MATCH (statement:Statement)-[:JUDGED_IN]->(:Run {id: $runId})
WHERE NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $runId }
RETURN statement.id AS id
ORDER BY id;
