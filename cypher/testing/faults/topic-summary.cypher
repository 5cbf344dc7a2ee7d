// Bench only (bench/faults): one topic run in numbers — topics, IN_TOPIC links, articles linked, articles linked
// more than once (duplicates), the summed topic sizes, and every (article, rank) link in order for the comparison.
CALL () {
  MATCH (topic:Topic {runId: $runId})
  RETURN count(topic) AS topics, sum(topic.size) AS topicSizes
}
CALL () {
  MATCH (article:Article)-[membership:IN_TOPIC {runId: $runId}]->(:Topic)
  WITH article, count(membership) AS links
  RETURN sum(links) AS links, count(article) AS articles, sum(CASE WHEN links > 1 THEN 1 ELSE 0 END) AS duplicated
}
CALL () {
  MATCH (article:Article)-[:IN_TOPIC {runId: $runId}]->(topic:Topic)
  WITH article.id + "→" + toString(topic.rank) AS link ORDER BY link
  RETURN collect(link) AS memberships
}
RETURN topics, topicSizes, links, articles, duplicated, memberships;
