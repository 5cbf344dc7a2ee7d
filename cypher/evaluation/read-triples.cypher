// Valid Triples to evaluate (optionally of one run / nations / sets), with their statement and article ids: only
// triples of a supported statement with a judged source (quoted or official).
// conflictReduced answers for conflict run $conflictRunId (null when none is given or it did not judge the
// statement): true = kept by its reduction, false = deactivated by it (paper Table 3 split).
// $includeFlagged also takes Triples flagged by the automatic checks, except those whose RS equals S (unscoreable).
MATCH (triple:Triple)-[:FROM]->(statement:Statement {status: "valid"})
WHERE (triple.status = "valid" OR ($includeFlagged AND triple.status = "flagged"
       AND NOT "reverse-equals-statement" IN coalesce(triple.checks, [])))
  AND triple.set IN ["quoted", "official"] AND statement.source IN ["quoted", "official"]
  AND ($runId IS NULL OR triple.runId = $runId)
  AND ($nations IS NULL OR triple.nation IN $nations)
  AND ($sets IS NULL OR triple.set IN $sets)
OPTIONAL MATCH (article:Article)-[:STATES]->(statement)
WITH triple, statement, min(article.id) AS articleId
RETURN triple.id AS id, triple.question AS question, triple.statement AS statement,
  triple.reverseStatement AS reverseStatement, triple.nation AS nation, triple.set AS set,
  coalesce(triple.language, "") AS language,
  CASE
    WHEN $conflictRunId IS NULL
      OR NOT EXISTS { (statement)-[:JUDGED_IN]->(:Run {id: $conflictRunId}) } THEN null
    ELSE NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $conflictRunId }
  END AS conflictReduced,
  articleId, statement.id AS statementId, triple.runId AS tripleRunId
ORDER BY id
LIMIT toInteger($limit);
