// Tests only: one topic run's IN_TOPIC links in numbers — links, distinct articles, and articles in more than one topic.
MATCH (article:Article)-[membership:IN_TOPIC {runId: $runId}]->(:Topic)
WITH article, count(membership) AS links
RETURN sum(links) AS links, count(article) AS articles, sum(CASE WHEN links > 1 THEN 1 ELSE 0 END) AS duplicated;
