// Valid Triples with their provenance (statement, article) for DPO export, optionally of one run / nations.
MATCH (triple:Triple)
WHERE triple.status = "valid"
  AND ($runId IS NULL OR triple.runId = $runId)
  AND ($nations IS NULL OR triple.nation IN $nations)
OPTIONAL MATCH (triple)-[:FROM]->(statement:Statement)
OPTIONAL MATCH (article:Article)-[:STATES]->(statement)
WITH triple, statement, head(collect(article.id)) AS articleId
RETURN triple.question AS prompt, triple.statement AS chosen, triple.reverseStatement AS rejected,
  triple.nation AS nation, triple.set AS set, coalesce(triple.language, "") AS language,
  triple.conflictReduced AS conflictReduced, triple.id AS tripleId, statement.id AS statementId,
  articleId, triple.runId AS tripleRunId
ORDER BY tripleId;
