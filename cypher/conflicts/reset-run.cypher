// Undoes a run's earlier reduction before it is replayed: links and statements it deactivated become active again (records stay).
MATCH (a:Article)-[r:LINK]->(:Article)
WHERE r.id STARTS WITH $prefix AND r.deactivatedRound IS NOT NULL
SET r.active = true, r.deactivatedRound = null, r.deactivatedReason = null, r.deactivatedBy = null
WITH count(r) AS links
OPTIONAL MATCH (:ConflictCycle {runId: $runId})-[:DEACTIVATED]->(s:Statement)
SET s.active = true, s.deactivatedBy = null
RETURN links, count(DISTINCT s) AS statements;
