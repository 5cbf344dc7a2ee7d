// Article ids by nation (through outlet), kind and language, for extraction without topics.
MATCH (article:Article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(nation:Nation)
WHERE ($nation IS NULL OR nation.code = $nation) AND ($kind IS NULL OR article.kind = $kind)
  AND ($language IS NULL OR article.language = $language)
RETURN article.id AS id
ORDER BY coalesce(article.sourcePosition, 0), id
LIMIT toInteger($limit);
