// Links articles to their topic of one run: (Article)-[:IN_TOPIC {probability, runId}]->(Topic).
UNWIND $rows AS row
MATCH (article:Article {id: row.articleId})
MATCH (topic:Topic {id: row.topicId})
MERGE (article)-[membership:IN_TOPIC {runId: $runId}]->(topic)
SET membership.probability = row.probability
RETURN count(membership) AS written;
