// Article ids of the given topics (members by IN_TOPIC), deduplicated, narrowed like articles-by-filter by
// nation (through the outlet), kind and language when those are given.
MATCH (article:Article)-[:IN_TOPIC]->(topic:Topic)
WHERE topic.id IN $topicIds
  AND ($kind IS NULL OR article.kind = $kind)
  AND ($language IS NULL OR article.language = $language)
  AND ($nation IS NULL OR EXISTS { (article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(:Nation {code: $nation}) })
RETURN DISTINCT article.id AS id
ORDER BY id;
