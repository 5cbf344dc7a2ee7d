// Bench check (bench/statements): each statement of runs with this id prefix, with its span start and article text.
MATCH (article:Article)-[:STATES]->(statement:Statement)
WHERE statement.runId STARTS WITH $prefix AND statement.status = "valid"
RETURN statement.runId AS runId, statement.text AS text, statement.spanStart AS start, article.text AS article
ORDER BY runId, statement.id;
