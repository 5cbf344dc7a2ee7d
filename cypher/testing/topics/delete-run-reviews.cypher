// Tests only: removes the Reviews of one topic run's topics and that run's RetiredTopics.
OPTIONAL MATCH (topic) WHERE (topic:Topic OR topic:RetiredTopic) AND topic.runId = $runId
OPTIONAL MATCH (review:Review)-[:REVIEWS]->(topic)
WITH collect(DISTINCT review) AS reviews, collect(DISTINCT CASE WHEN topic:RetiredTopic THEN topic END) AS retired
FOREACH (node IN reviews + retired | DETACH DELETE node)
RETURN size(reviews) + size(retired) AS deleted;
