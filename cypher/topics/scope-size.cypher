// How many articles one topic scope holds (and its nations), so the stage can choose sample-and-assign before
// reading any text.
MATCH (article:Article)-[:PUBLISHED_BY]->(outlet:Outlet)-[:OF_NATION]->(nation:Nation)
WHERE ($nation IS NULL OR nation.code = $nation) AND ($outlet IS NULL OR outlet.id = $outlet)
  AND ($kinds IS NULL OR article.kind IN $kinds)
RETURN count(article) AS count, collect(DISTINCT nation.code) AS nations;
