// Valid Triples with their provenance (statement, article, source file) for DPO export, optionally of one run / nations.
MATCH (triple:Triple)
WHERE triple.status = "valid"
  AND ($runId IS NULL OR triple.runId = $runId)
  AND ($nations IS NULL OR triple.nation IN $nations)
OPTIONAL MATCH (triple)-[:FROM]->(statement:Statement)
OPTIONAL MATCH (article:Article)-[:STATES]->(statement)
OPTIONAL MATCH (article)-[:FROM_FILE]->(file:SourceFile)
WITH triple, statement, head(collect([article.id, file.id])) AS origin
WITH triple, statement, origin[0] AS articleId, origin[1] AS sourceFile
RETURN triple.question AS prompt, triple.statement AS chosen, triple.reverseStatement AS rejected,
  triple.nation AS nation, triple.set AS set, coalesce(triple.language, "") AS language,
  triple.conflictReduced AS conflictReduced, triple.id AS tripleId, statement.id AS statementId,
  articleId, sourceFile, triple.runId AS tripleRunId
ORDER BY tripleId;
