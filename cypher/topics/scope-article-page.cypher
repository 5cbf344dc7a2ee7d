// One page of a topic scope's articles (text and language, as scope-articles) in id order, after $after (null for
// the first page): how sample-and-assign streams a large scope.
MATCH (article:Article)-[:PUBLISHED_BY]->(outlet:Outlet)-[:OF_NATION]->(nation:Nation)
WHERE article.id > $after
  AND ($nation IS NULL OR nation.code = $nation) AND ($outlet IS NULL OR outlet.id = $outlet)
  AND ($kinds IS NULL OR article.kind IN $kinds)
RETURN article.id AS id, coalesce(article.title, "") AS title, coalesce(article.text, "") AS text,
  coalesce(article.language, outlet.language, "en") AS language, nation.code AS nation
ORDER BY article.id
LIMIT $limit;
