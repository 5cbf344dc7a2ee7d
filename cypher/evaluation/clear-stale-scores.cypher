// Before an evaluation run id is scored (again): its SCORED relations to Triples it does not keep from its journal
// are removed, and its EvalRuns that this run will not produce (another method, or variants no longer made) go with
// their relations; so a re-run never leaves stale scores. $kept = {mc: [tripleIds], aj: [tripleIds]}.
MATCH (evalRun:EvalRun {runId: $runId})
CALL {
  WITH evalRun
  MATCH (evalRun)-[scored:SCORED]->(triple:Triple)
  WHERE NOT evalRun.id IN $evalRunIds
    OR NOT triple.id IN CASE evalRun.method WHEN "mc" THEN $kept.mc ELSE $kept.aj END
  DELETE scored
  RETURN count(scored) AS cleared
}
WITH evalRun, cleared, evalRun.id IN $evalRunIds AS produced
FOREACH (_ IN CASE WHEN produced THEN [] ELSE [1] END | DETACH DELETE evalRun)
RETURN sum(cleared) AS cleared, sum(CASE WHEN produced THEN 0 ELSE 1 END) AS removedEvalRuns;
