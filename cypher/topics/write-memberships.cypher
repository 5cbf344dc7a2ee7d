// Links articles to their topic of one run: (Article)-[:IN_TOPIC {probability, assignment, runId}]->(Topic);
// assignment: cluster (HDBSCAN), tag (its own InsTag tags) or nearest-tag-topic (InsTag centroid similarity).
UNWIND $rows AS row
MATCH (article:Article {id: row.articleId})
MATCH (topic:Topic {id: row.topicId})
MERGE (article)-[membership:IN_TOPIC {runId: $runId}]->(topic)
SET membership.probability = row.probability, membership.assignment = row.assignment
RETURN count(membership) AS written;
