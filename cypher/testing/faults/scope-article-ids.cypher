// Bench only (bench/faults): the Article ids of one ingest scope, in order.
MATCH (article:Article) WHERE article.id STARTS WITH $scope + ":"
RETURN article.id AS id
ORDER BY id;
