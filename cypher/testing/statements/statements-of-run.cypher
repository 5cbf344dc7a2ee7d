// The statements an extraction run wrote (bench/statements/grounding.ts): text, status, reason, span similarity.
MATCH (article:Article)-[:STATES]->(statement:Statement {runId: $runId})
RETURN article.id AS articleId, statement.text AS text, statement.status AS status,
  statement.unsupportedReason AS reason, statement.spanSimilarity AS similarity, statement.stance AS stance,
  statement.valueClaim AS valueClaim
ORDER BY articleId, statement.id;
