// Supported statements of the given articles not yet in a StatementGroup (one benchmark item per statement text).
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})-[:STATES]->(statement:Statement {status: "valid"})
WHERE NOT (statement)-[:IN_GROUP]->(:StatementGroup)
RETURN DISTINCT statement.id AS id, statement.text AS text, coalesce(statement.language, article.language, "und") AS language
ORDER BY id;
