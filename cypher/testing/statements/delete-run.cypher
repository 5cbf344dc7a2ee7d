// Test cleanup: deletes only the nodes a statements test created, tagged with its unique test id.
MATCH (node)
WHERE node.testId = $testId OR node.runId STARTS WITH $testId OR node.importRunId STARTS WITH $testId
   OR node.screeningRunId STARTS WITH $testId OR (node:Run AND node.id STARTS WITH $testId)
   OR (node:Nation AND node.code STARTS WITH $testId)
// A Speaker is merged by id across runs: one still attributed a statement of another test (running beside this one)
// stays, so that test's attribution is not deleted under it.
WITH node
WHERE NOT (node:Speaker AND EXISTS {
  MATCH (other:Statement)-[:ATTRIBUTED_TO]->(node)
  WHERE NOT EXISTS {
    MATCH (article:Article)-[:STATES]->(other)
    WHERE article.id STARTS WITH $testId OR article.testId = $testId
  }
})
OPTIONAL MATCH (node)-[:HAS_EXTRACTION]->(extraction:StatementExtraction)
OPTIONAL MATCH (review:Review)-[:REVIEWS]->(node)
DETACH DELETE extraction, review, node;
