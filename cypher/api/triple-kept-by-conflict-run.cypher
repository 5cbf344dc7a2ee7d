// Triple.keptByConflictRun(conflictRun): did conflict run $conflictRun keep this triple's statement (true), deactivate
// it (false), or not judge it (null)? The paper's Table 3 variants, read from that run's own decisions.
OPTIONAL MATCH (this)-[:FROM]->(statement:Statement)-[:JUDGED_IN]->(:Run {id: $conflictRun})
RETURN CASE
    WHEN statement IS NULL THEN null
    ELSE NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $conflictRun }
  END AS kept
