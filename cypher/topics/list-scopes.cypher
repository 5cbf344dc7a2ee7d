// Every outlet with its nation and article count: the default scopes of `navab topics run`.
MATCH (article:Article)-[:PUBLISHED_BY]->(outlet:Outlet)-[:OF_NATION]->(nation:Nation)
WHERE $nation IS NULL OR nation.code = $nation
RETURN outlet.id AS outlet, coalesce(outlet.name, outlet.id) AS name, nation.code AS nation, count(article) AS articles
ORDER BY nation, outlet;
