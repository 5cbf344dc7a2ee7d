// Removes up to 5,000 nodes of one planted conflict benchmark (its articles, statements, speakers, claims, cycles,
// rounds and Runs: ids starting with the bench run id, records of that run); call until it deletes nothing.
CALL {
  MATCH (n:Article) WHERE n.id STARTS WITH $runId + ":" RETURN n
  UNION
  MATCH (n:Statement) WHERE n.id STARTS WITH $runId + ":" RETURN n
  UNION
  MATCH (n:Speaker) WHERE n.id STARTS WITH $runId + ":" RETURN n
  UNION
  MATCH (n:ConflictCycle {runId: $runId}) RETURN n
  UNION
  MATCH (n:ConflictRound {runId: $runId}) RETURN n
  UNION
  MATCH (n:ConflictClaim {runId: $runId}) RETURN n
  UNION
  MATCH (n:ValueClaim {runId: $runId}) RETURN n
  UNION
  MATCH (n:Run) WHERE n.id IN [$runId, $runId + ":reduce"] RETURN n
}
WITH n LIMIT 5000
DETACH DELETE n
RETURN count(*) AS deleted;
