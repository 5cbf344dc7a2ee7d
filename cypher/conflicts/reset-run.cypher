// Before a reduction run is replayed, its earlier output is replaced: its links become active again and its own
// cycles (with their DEACTIVATED decisions) and rounds are removed, so the replay's records are the run's only ones.
// Only this run's links, cycles and rounds are touched; other conflict runs and the statements stay as they are.
MATCH (:Article)-[r:LINK]->(:Article)
WHERE r.id STARTS WITH $prefix AND r.deactivatedRound IS NOT NULL
SET r.active = true, r.deactivatedRound = null, r.deactivatedReason = null, r.deactivatedBy = null
WITH count(r) AS links
OPTIONAL MATCH (record) WHERE (record:ConflictCycle OR record:ConflictRound OR record:ConflictClaim) AND record.runId = $runId
DETACH DELETE record
RETURN links, count(record) AS records;
