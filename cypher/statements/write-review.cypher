// A human accept/reject decision on a topic, kept as its own Review node (every decision stays in the history).
MATCH (topic:Topic {id: $topicId})
CREATE (review:Review {id: $id, decision: $decision, reason: $reason, by: $by, at: datetime()})-[:REVIEWS]->(topic)
RETURN review.id AS id, topic.id AS topicId, toString(review.at) AS at;
