// Article ids of the given topics (members by IN_TOPIC), narrowed like articles-by-filter by nation (through the
// outlet), kind and language when those are given. Ordered topic by topic, largest topic first, and within a topic
// its most representative members first (highest membership probability), so a limit takes the core of the
// largest accepted topics — articles that share values — rather than whichever ids sort first. An article in two
// topics is listed under each; the caller keeps its first place.
MATCH (article:Article)-[membership:IN_TOPIC]->(topic:Topic)
WHERE topic.id IN $topicIds
  AND ($kind IS NULL OR article.kind = $kind)
  AND ($language IS NULL OR article.language = $language)
  AND ($nation IS NULL OR EXISTS { (article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(:Nation {code: $nation}) })
RETURN article.id AS id
ORDER BY coalesce(topic.size, 0) DESC, topic.id, coalesce(membership.probability, 0) DESC, id;
