// The latest human review and the LLM screening of topics (given ids or all), for deciding which topics to use.
MATCH (topic:Topic)
WHERE $topicIds IS NULL OR topic.id IN $topicIds
OPTIONAL MATCH (review:Review)-[:REVIEWS]->(topic)
WITH topic, review ORDER BY review.at DESC
WITH topic, head(collect(review {.decision, .reason, .by, at: toString(review.at)})) AS latest
RETURN topic.id AS id, coalesce(topic.label, "") AS label, topic.valueRelated AS valueRelated,
  topic.screeningReason AS screeningReason, latest.decision AS decision, latest.reason AS reason, latest.by AS by,
  latest.at AS at
ORDER BY id;
