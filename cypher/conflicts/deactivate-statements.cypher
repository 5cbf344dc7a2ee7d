// Records a conflict run's decision on a deviating statement: (cycle)-[:DEACTIVATED]->(statement), on this run only.
// The Statement itself is not changed: another conflict run (or the ablation) may keep it in its own variant.
UNWIND $rows AS row
MATCH (statement:Statement {id: row.statementId})
MATCH (cycle:ConflictCycle {id: row.cycleId})
MERGE (cycle)-[deactivated:DEACTIVATED]->(statement)
SET deactivated.round = row.round, deactivated.reason = row.reason, deactivated.linkId = row.linkId, deactivated.runId = $runId;
