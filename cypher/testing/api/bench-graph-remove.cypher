// Bench graph: removes up to $batch of its cycles and articles (cycles first); call until it returns 0, then
// bench-graph-remove-outlets. Only nodes marked with $graph are touched.
CALL () {
  MATCH (node:ConflictCycle {runId: $graph}) RETURN node
  UNION
  MATCH (node:Article {ingestRunId: $graph}) RETURN node
}
WITH node LIMIT $batch
DETACH DELETE node
RETURN count(*) AS removed;
