// Test fixture writer: one Nation + Outlet (codes unique to the test run) and its articles. Tests only.
MERGE (nation:Nation {code: $nation}) SET nation.name = $nation
MERGE (outlet:Outlet {id: $outlet}) SET outlet.name = $outlet, outlet.kind = "private", outlet.language = "en"
MERGE (outlet)-[:OF_NATION]->(nation)
WITH outlet
UNWIND $rows AS row
MERGE (article:Article {id: row.id})
SET article.title = row.title, article.text = row.text, article.language = row.language, article.kind = "article"
MERGE (article)-[:PUBLISHED_BY]->(outlet)
RETURN count(article) AS written;
