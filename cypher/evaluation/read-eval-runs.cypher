// The EvalRuns of one evaluation run with how many Triples each scored.
MATCH (evalRun:EvalRun {runId: $runId})
OPTIONAL MATCH (evalRun)-[scored:SCORED]->(:Triple)
RETURN evalRun.id AS id, evalRun.method AS method, evalRun.variant AS variant, evalRun.model AS model,
  evalRun.correctRate AS correctRate, count(scored) AS scored, sum(CASE WHEN scored.correct THEN 1 ELSE 0 END) AS correct
ORDER BY id;
