// Test helper: the triples attach-triples made for one run, with their conflict-reduction marks.
MATCH (triple:Triple)-[:FROM]->(statement:Statement) WHERE triple.id STARTS WITH $runId + ":triple:"
RETURN statement.id AS statement, triple.conflictReduced AS conflictReduced, triple.conflictRunId AS conflictRunId
ORDER BY statement;
