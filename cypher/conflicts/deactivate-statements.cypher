// Marks deviating statements inactive and links each to the cycle that decided it with a DEACTIVATED record.
UNWIND $rows AS row
MATCH (statement:Statement {id: row.statementId})
MATCH (cycle:ConflictCycle {id: row.cycleId})
SET statement.active = false, statement.deactivatedBy = $runId
MERGE (cycle)-[deactivated:DEACTIVATED]->(statement)
SET deactivated.round = row.round, deactivated.reason = row.reason, deactivated.linkId = row.linkId, deactivated.runId = $runId;
