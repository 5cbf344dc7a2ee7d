// Statements a conflict run judged and kept: its scope minus those its cycles deactivated (for triples with reduction).
MATCH (statement:Statement)-[:JUDGED_IN]->(:Run {id: $runId})
WHERE NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $runId }
RETURN statement.id AS id
ORDER BY id;
