// Counts Articles per nation, outlet and kind (an Article published by several outlets counts once for each).
MATCH (article:Article)-[:PUBLISHED_BY]->(outlet:Outlet)
OPTIONAL MATCH (outlet)-[:OF_NATION]->(nation:Nation)
RETURN coalesce(nation.code, "none") AS nation, outlet.name AS outlet, outlet.country AS country, article.kind AS kind,
  count(DISTINCT article) AS articles
ORDER BY nation, outlet, kind;
