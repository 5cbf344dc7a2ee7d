// Articles of one topic scope (a nation and/or an outlet), in a stable order, with the language to tokenize them in.
MATCH (article:Article)-[:PUBLISHED_BY]->(outlet:Outlet)-[:OF_NATION]->(nation:Nation)
WHERE ($nation IS NULL OR nation.code = $nation) AND ($outlet IS NULL OR outlet.id = $outlet)
  AND ($kinds IS NULL OR article.kind IN $kinds)
RETURN article.id AS id, coalesce(article.title, "") AS title, coalesce(article.text, "") AS text,
  coalesce(article.language, outlet.language, "en") AS language, nation.code AS nation
ORDER BY article.id;
