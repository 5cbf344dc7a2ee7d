// Test data only: removes everything one verification test created (by its run id and its sets' ids).
MATCH (node)
WHERE (node:Statement AND node.runId = $runId)
   OR ((node:Article OR node:Outlet OR node:Nation) AND node.testRunId = $runId)
   OR (node:Run AND (node.id = $runId OR node.id STARTS WITH $runId + ":" OR node.id IN $stageRunIds))
   OR (node:ConflictCycle AND node.runId = $runId)
   OR ((node:VerificationSet) AND node.conflictRunId = $runId)
   OR ((node:VerificationItem OR node:VerificationLabel OR node:VerificationPrelabel) AND node.setId STARTS WITH $runId + "/")
DETACH DELETE node
RETURN count(*) AS deleted;
