// One page of a topic scope's article ids in id order, after $after ("" for the first page): keyset paging over
// the Article id index, so every page costs the same however deep it is.
MATCH (article:Article)-[:PUBLISHED_BY]->(outlet:Outlet)-[:OF_NATION]->(nation:Nation)
WHERE article.id > $after
  AND ($nation IS NULL OR nation.code = $nation) AND ($outlet IS NULL OR outlet.id = $outlet)
  AND ($kinds IS NULL OR article.kind IN $kinds)
RETURN article.id AS id
ORDER BY article.id
LIMIT $limit;
