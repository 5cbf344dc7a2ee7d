// The largest topics of one topic run (HDBSCAN clusters and InsTag tags), largest first: what the demo screens.
MATCH (topic:Topic {runId: $runId})
RETURN topic.id AS id, topic.size AS size
ORDER BY topic.size DESC, topic.id
LIMIT toInteger($limit);
