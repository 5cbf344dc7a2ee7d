// Tests only: the node one review points at (a Topic, or a RetiredTopic after a re-run) and that node's members in
// the review's topic run, sorted.
MATCH (review:Review {id: $reviewId})-[:REVIEWS]->(topic)
OPTIONAL MATCH (article:Article)-[:IN_TOPIC {runId: topic.runId}]->(topic)
WITH review, topic, article ORDER BY article.id
RETURN topic.id AS topicId, topic:RetiredTopic AS retired, topic.identity AS identity, topic.label AS label,
  collect(article.id) AS members;
