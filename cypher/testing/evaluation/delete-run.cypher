// Test data only: removes everything one evaluation test created (its Triples, Statements, Articles, EvalRuns, Runs,
// and its conflict run with its cycle).
MATCH (node)
WHERE (node:Triple OR node:Statement) AND node.runId = $runId
   OR node:Article AND node.testRunId = $runId
   OR node:EvalRun AND node.runId IN $evaluationRunIds
   OR node:Run AND (node.id IN $evaluationRunIds OR node.id = $runId + ":conflicts")
   OR node:ConflictCycle AND node.id = $runId + ":cycle"
DETACH DELETE node
RETURN count(*) AS deleted;
