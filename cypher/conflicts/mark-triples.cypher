// Marks the triples of every statement a conflict run judged: conflictReduced = the statement survived the run
// (the "with conflict reduction" variant of paper Table 3); the run id is kept on the triple for audit.
MATCH (statement:Statement)-[:JUDGED_IN]->(:Run {id: $runId})
MATCH (triple:Triple)-[:FROM]->(statement)
WITH triple, NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $runId } AS kept
SET triple.conflictReduced = kept, triple.conflictRunId = $runId
RETURN count(triple) AS marked, sum(CASE WHEN kept THEN 1 ELSE 0 END) AS kept;
