// Test fixture cleanup: deletes the articles, outlet and nation a topic test created, and its Run nodes. Tests only.
MATCH (outlet:Outlet {id: $outlet})-[:OF_NATION]->(nation:Nation {code: $nation})
OPTIONAL MATCH (article:Article)-[:PUBLISHED_BY]->(outlet)
OPTIONAL MATCH (run:Run) WHERE run.id IN $runIds
DETACH DELETE article, run, outlet, nation
RETURN count(*) AS deleted;
