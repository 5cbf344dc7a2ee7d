// Valid statements of the given articles still without a triple for these prompt versions and model. Conflict runs
// do not filter them: triples are built once for every usable statement, and each conflict run's variant is read
// from its own decisions (src/conflicts/variants.ts).
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})-[:STATES]->(statement:Statement {status: "valid"})
WHERE ($force OR NOT EXISTS {
    MATCH (statement)<-[:FROM]-(triple:Triple {promptVersion: $promptVersion, modelId: $modelId})
    WHERE triple.status <> "failed" OR NOT $retryFailed
  })
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(nation:Nation)
RETURN statement.id AS id, statement.text AS text, coalesce(statement.language, article.language) AS language,
  coalesce(statement.source, "official") AS source, nation.code AS nation
ORDER BY id;
