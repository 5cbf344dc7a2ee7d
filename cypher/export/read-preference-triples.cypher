// Valid Triples with their provenance (statement, article, source file, and every article of the item's statement
// group) for DPO export, optionally of one run / nations: only triples of a supported statement with a judged source.
// conflictReduced answers for conflict run $conflictRunId (null when none is given or it did not judge the
// statement): true = kept by its reduction, false = deactivated by it.
// $includeFlagged also takes Triples flagged by the automatic checks, except those whose RS equals S (unscoreable).
MATCH (triple:Triple)-[:FROM]->(statement:Statement {status: "valid"})
WHERE (triple.status = "valid" OR ($includeFlagged AND triple.status = "flagged"
       AND NOT "reverse-equals-statement" IN coalesce(triple.checks, [])))
  AND triple.set IN ["quoted", "official"] AND statement.source IN ["quoted", "official"]
  AND ($runId IS NULL OR triple.runId = $runId)
  AND ($nations IS NULL OR triple.nation IN $nations)
CALL (statement) {
  OPTIONAL MATCH (article:Article)-[:STATES]->(statement)
  OPTIONAL MATCH (article)-[:FROM_FILE]->(file:SourceFile)
  WITH article, file ORDER BY article.id
  RETURN head(collect([article.id, file.id])) AS origin
}
CALL (triple) {
  OPTIONAL MATCH (triple)-[:OF_GROUP]->(:StatementGroup)<-[:IN_GROUP]-(:Statement {status: "valid"})<-[:STATES]-(member:Article)
  WITH DISTINCT member.id AS memberId ORDER BY memberId
  RETURN collect(memberId) AS groupArticleIds
}
WITH triple, statement, origin[0] AS articleId, origin[1] AS sourceFile, groupArticleIds
RETURN triple.question AS prompt, triple.statement AS chosen, triple.reverseStatement AS rejected,
  triple.nation AS nation, triple.set AS set, coalesce(triple.language, "") AS language,
  CASE
    WHEN $conflictRunId IS NULL
      OR NOT EXISTS { (statement)-[:JUDGED_IN]->(:Run {id: $conflictRunId}) } THEN null
    ELSE NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $conflictRunId }
  END AS conflictReduced,
  triple.id AS tripleId, statement.id AS statementId, articleId, sourceFile,
  CASE WHEN size(groupArticleIds) = 0 THEN [id IN [articleId] WHERE id IS NOT NULL] ELSE groupArticleIds END
  AS articleIds, triple.runId AS tripleRunId
ORDER BY tripleId;
