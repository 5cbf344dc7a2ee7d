// Creates (or refreshes) one EvalRun (a method × metric of an evaluation run) linked to its (:Run).
MERGE (evalRun:EvalRun {id: $id})
SET evalRun.runId = $runId, evalRun.model = $model, evalRun.modelHash = $modelHash, evalRun.method = $method,
  evalRun.variant = $variant, evalRun.seed = $seed, evalRun.promptVersion = $promptVersion,
  evalRun.n = $n, evalRun.correctRate = $correctRate, evalRun.createdAt = coalesce(evalRun.createdAt, datetime())
WITH evalRun
MATCH (run:Run {id: $runId})
MERGE (evalRun)-[:PRODUCED_BY]->(run)
RETURN evalRun.id AS id;
