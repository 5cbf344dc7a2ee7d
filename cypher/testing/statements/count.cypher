// Test check: statements, extraction markers, triples and attributed speakers of a test's articles.
MATCH (article:Article {testId: $testId})
OPTIONAL MATCH (article)-[:STATES]->(statement:Statement)
OPTIONAL MATCH (statement)<-[:FROM]-(triple:Triple)
OPTIONAL MATCH (statement)-[:ATTRIBUTED_TO]->(speaker:Speaker)
OPTIONAL MATCH (article)-[:HAS_EXTRACTION]->(extraction:StatementExtraction)
RETURN count(DISTINCT statement) AS statements, count(DISTINCT triple) AS triples,
  count(DISTINCT extraction) AS extractions, collect(DISTINCT speaker.name) AS speakers,
  count(DISTINCT CASE WHEN triple.status = "valid" THEN triple END) AS validTriples,
  collect(DISTINCT triple.id) AS tripleIds;
