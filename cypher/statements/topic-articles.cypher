// Article ids of the given topics (members by IN_TOPIC), deduplicated.
MATCH (article:Article)-[:IN_TOPIC]->(topic:Topic)
WHERE topic.id IN $topicIds
RETURN DISTINCT article.id AS id
ORDER BY id;
