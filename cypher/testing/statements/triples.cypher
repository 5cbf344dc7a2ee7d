// Test check: the triples of a test's articles with their checks and the verifier's stored answers and versions.
MATCH (article:Article {testId: $testId})-[:STATES]->(:Statement)<-[:FROM]-(triple:Triple)
RETURN DISTINCT triple.id AS id, article.id AS articleId, triple.statement AS statement, triple.question AS question,
  triple.reverseStatement AS reverseStatement, triple.language AS language, triple.status AS status,
  triple.checks AS checks, triple.verification AS verification, triple.verifierModelId AS verifierModelId,
  triple.verifierPromptVersion AS verifierPromptVersion, triple.runId AS runId
ORDER BY articleId;
