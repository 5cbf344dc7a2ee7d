// Writes one article's extraction in one transaction: the marker (done/failed, raw answer kept) and its Statements.
MATCH (article:Article {id: $articleId})
MATCH (run:Run {id: $runId})
MERGE (extraction:StatementExtraction {id: $extraction.id})
SET extraction += $extraction, extraction.at = datetime()
MERGE (article)-[:HAS_EXTRACTION]->(extraction)
MERGE (extraction)-[:PRODUCED_BY]->(run)
WITH article, run
UNWIND $statements AS row
MERGE (statement:Statement {id: row.id})
ON CREATE SET statement += row, statement.active = true, statement.createdAt = datetime()
MERGE (article)-[:STATES]->(statement)
MERGE (statement)-[:PRODUCED_BY]->(run)
RETURN count(statement) AS written;
