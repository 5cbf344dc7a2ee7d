// Bench only (bench/faults): per Article of one ingest scope (id without the scope prefix), its statement extraction
// markers' statuses, its STATES links, its distinct Statements and their texts in order.
MATCH (article:Article) WHERE article.id STARTS WITH $scope + ":"
OPTIONAL MATCH (article)-[:HAS_EXTRACTION]->(extraction:StatementExtraction)
WITH article, collect(extraction.status) AS statuses
OPTIONAL MATCH (article)-[states:STATES]->(statement:Statement)
WITH article, statuses, states, statement ORDER BY statement.text
RETURN substring(article.id, size($scope) + 1) AS article, statuses, count(states) AS links,
  count(DISTINCT statement) AS statements, collect(statement.text) AS texts
ORDER BY article;
