// Articles still to extract for this prompt version and model (done ones, and failed ones unless retried, are skipped).
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})
OPTIONAL MATCH (article)-[:HAS_EXTRACTION]->(previous:StatementExtraction {promptVersion: $promptVersion, modelId: $modelId})
WITH article, previous
WHERE $force OR previous IS NULL OR (previous.status = "failed" AND $retryFailed)
RETURN article.id AS id, article.text AS text, coalesce(article.language, "und") AS language, article.title AS title
ORDER BY id;
