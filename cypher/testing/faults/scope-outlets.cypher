// Bench only (bench/faults): the outlets of one ingest scope with their article counts.
MATCH (outlet:Outlet) WHERE outlet.id STARTS WITH $scope + ":"
OPTIONAL MATCH (article:Article)-[:PUBLISHED_BY]->(outlet)
RETURN outlet.id AS id, count(article) AS articles
ORDER BY articles DESC, id;
