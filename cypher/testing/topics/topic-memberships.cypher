// Test reader: the topics of one run with their label source and failure, merged tags, and how their articles
// joined them (IN_TOPIC.assignment counts and the lowest probability). Tests only.
MATCH (topic:Topic {runId: $runId})
OPTIONAL MATCH (:Article)-[membership:IN_TOPIC {runId: $runId}]->(topic)
WITH topic, membership.assignment AS assignment, count(membership) AS members, min(membership.probability) AS lowest
ORDER BY topic.rank, assignment
RETURN topic.rank AS rank, topic.method AS method, topic.label AS label, topic.labelSource AS labelSource,
  topic.labelFailure AS labelFailure, topic.tags AS tags,
  collect({assignment: assignment, members: members, lowest: lowest}) AS assignments
ORDER BY rank;
