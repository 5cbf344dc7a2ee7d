// Links spoken Articles (MFA answers and statements) to their Speaker, a MEMBER_OF the Organization they speak for.
UNWIND $rows AS row
MATCH (article:Article {id: row.articleId})
MERGE (organization:Organization {id: row.organizationId})
ON CREATE SET organization.name = row.organizationName
MERGE (speaker:Speaker {id: row.speakerId})
ON CREATE SET speaker.name = row.name
MERGE (speaker)-[:MEMBER_OF]->(organization)
MERGE (article)-[:SPOKEN_BY]->(speaker)
RETURN count(article) AS linked;
