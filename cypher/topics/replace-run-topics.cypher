// Before one scope of a topic run is written again (resume rule "replace"), in one transaction: the run's IN_TOPIC
// links into that scope's topics are removed; an earlier Topic whose member set (`identity`) is produced again takes
// that topic's new id (a rank may have moved), keeping its reviews and screening; an earlier Topic not produced
// again is retired when it was reviewed (label RetiredTopic instead of Topic, kept with its reviews) and removed
// otherwise. So reviews stay on the cluster they reviewed, never on whichever cluster now has that rank.
OPTIONAL MATCH (earlier:Topic {runId: $runId, scope: $scope})
WITH collect(earlier) AS earlierTopics
CALL {
  WITH earlierTopics
  UNWIND earlierTopics AS earlier
  MATCH (:Article)-[membership:IN_TOPIC {runId: $runId}]->(earlier)
  DELETE membership
}
CALL {
  WITH earlierTopics
  UNWIND earlierTopics AS earlier
  SET earlier.id = earlier.id + "~replacing"
}
CALL {
  WITH earlierTopics
  UNWIND earlierTopics AS earlier
  WITH earlier, [row IN $rows WHERE row.identity IS NOT NULL AND row.identity = earlier.identity | row.id] AS sameIds
  WHERE size(sameIds) > 0
  SET earlier.id = sameIds[0]
  RETURN count(earlier) AS kept
}
CALL {
  WITH earlierTopics
  UNWIND earlierTopics AS earlier
  WITH earlier WHERE earlier.id ENDS WITH "~replacing"
  OPTIONAL MATCH (review:Review)-[:REVIEWS]->(earlier)
  WITH earlier, count(review) AS reviews
  WITH collect(CASE WHEN reviews > 0 THEN earlier END) AS reviewed,
    collect(CASE WHEN reviews = 0 THEN earlier END) AS unreviewed
  FOREACH (topic IN reviewed |
    SET topic:RetiredTopic, topic.retiredAt = datetime(),
      topic.id = replace(topic.id, "~replacing", "~retired~" + toString(datetime.transaction().epochMillis))
    REMOVE topic:Topic)
  FOREACH (topic IN unreviewed | DETACH DELETE topic)
  RETURN size(reviewed) AS retired, size(unreviewed) AS removed
}
RETURN size(earlierTopics) AS earlier, kept, retired, removed;
