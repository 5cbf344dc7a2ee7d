// Valid Triples with their provenance (statement, article, source file) for DPO export, optionally of one run / nations.
// conflictReduced answers for conflict run $conflictRunId (null when none is given or it did not judge the
// statement): true = kept by its reduction, false = deactivated by it.
// $includeFlagged also takes Triples flagged by the automatic checks, except those whose RS equals S (unscoreable).
MATCH (triple:Triple)
WHERE (triple.status = "valid" OR ($includeFlagged AND triple.status = "flagged"
       AND NOT "reverse-equals-statement" IN coalesce(triple.checks, [])))
  AND ($runId IS NULL OR triple.runId = $runId)
  AND ($nations IS NULL OR triple.nation IN $nations)
OPTIONAL MATCH (triple)-[:FROM]->(statement:Statement)
OPTIONAL MATCH (article:Article)-[:STATES]->(statement)
OPTIONAL MATCH (article)-[:FROM_FILE]->(file:SourceFile)
WITH triple, statement, head(collect([article.id, file.id])) AS origin
WITH triple, statement, origin[0] AS articleId, origin[1] AS sourceFile
RETURN triple.question AS prompt, triple.statement AS chosen, triple.reverseStatement AS rejected,
  triple.nation AS nation, triple.set AS set, coalesce(triple.language, "") AS language,
  CASE
    WHEN $conflictRunId IS NULL OR statement IS NULL
      OR NOT EXISTS { (statement)-[:JUDGED_IN]->(:Run {id: $conflictRunId}) } THEN null
    ELSE NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $conflictRunId }
  END AS conflictReduced,
  triple.id AS tripleId, statement.id AS statementId, articleId, sourceFile, triple.runId AS tripleRunId
ORDER BY tripleId;
