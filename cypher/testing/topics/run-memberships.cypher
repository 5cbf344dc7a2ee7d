// Tests only: every IN_TOPIC link of one run (article id, topic rank and method, probability), in article id order.
MATCH (article:Article)-[membership:IN_TOPIC {runId: $runId}]->(topic:Topic)
RETURN article.id AS articleId, topic.rank AS rank, topic.method AS method, membership.probability AS probability
ORDER BY article.id;
