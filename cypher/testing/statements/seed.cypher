// Test seed: a nation's outlet, spoken articles with their Speaker/Organization, and topics, all tagged with $testId.
MERGE (nation:Nation {code: $nation})
CREATE (outlet:Outlet {id: $testId + "-outlet", name: "test outlet", kind: "government", language: $language, testId: $testId})
CREATE (outlet)-[:OF_NATION]->(nation)
CREATE (organization:Organization {id: $testId + "-mfa", name: "Ministry of Foreign Affairs", testId: $testId})
CREATE (speaker:Speaker {id: $testId + "-spokesperson", name: $speakerName, testId: $testId})-[:MEMBER_OF]->(organization)
WITH outlet, speaker
UNWIND $articles AS row
CREATE (article:Article {id: row.id, text: row.text, title: row.title, language: $language, kind: row.kind, testId: $testId})
CREATE (article)-[:PUBLISHED_BY]->(outlet)
FOREACH (_ IN CASE WHEN row.kind = "answer" THEN [1] ELSE [] END | CREATE (article)-[:SPOKEN_BY]->(speaker))
FOREACH (topicId IN coalesce(row.topics, []) |
  MERGE (topic:Topic {id: topicId})
  ON CREATE SET topic.runId = $testId, topic.label = row.topicLabel, topic.keywords = ["test"], topic.testId = $testId,
    topic.size = row.topicSize
  CREATE (article)-[:IN_TOPIC {probability: coalesce(row.probability, 1.0), runId: $testId}]->(topic))
RETURN count(article) AS articles;
