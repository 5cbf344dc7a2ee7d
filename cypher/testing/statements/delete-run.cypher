// Test cleanup: deletes only the nodes a statements test created, tagged with its unique test id.
MATCH (node)
WHERE node.testId = $testId OR node.runId STARTS WITH $testId OR node.importRunId STARTS WITH $testId
   OR node.screeningRunId STARTS WITH $testId OR (node:Run AND node.id STARTS WITH $testId)
   OR (node:Nation AND node.code STARTS WITH $testId)
OPTIONAL MATCH (node)-[:HAS_EXTRACTION]->(extraction:StatementExtraction)
OPTIONAL MATCH (review:Review)-[:REVIEWS]->(node)
DETACH DELETE extraction, review, node;
