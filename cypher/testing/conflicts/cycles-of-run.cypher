// Tests: the ConflictCycle records of one run with the statements they deactivated.
MATCH (cycle:ConflictCycle {runId: $runId})
OPTIONAL MATCH (cycle)-[:DEACTIVATED]->(statement:Statement)
WITH cycle, statement ORDER BY statement.id
RETURN cycle.id AS id, cycle.round AS round, cycle.members AS members, cycle.length AS length,
  cycle.dominantStance AS dominantStance, collect(statement.id) AS deactivated
ORDER BY id;
