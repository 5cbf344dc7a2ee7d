// Removes one API test fixture: its ApiTestFixture nodes with $runId and any Review made of its topic in the test.
MATCH (node:ApiTestFixture {runId: $runId})
OPTIONAL MATCH (review:Review)-[:REVIEWS]->(node)
DETACH DELETE review, node
RETURN count(DISTINCT node) AS removed;
