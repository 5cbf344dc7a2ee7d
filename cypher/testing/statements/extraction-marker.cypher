// Test check: the extraction marker an article got from one run.
MATCH (:Article {id: $articleId})-[:HAS_EXTRACTION]->(extraction:StatementExtraction {runId: $runId})
RETURN extraction.status AS status, extraction.raw AS raw;
