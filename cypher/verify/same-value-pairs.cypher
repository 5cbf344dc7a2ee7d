// The conflict run's SAME_VALUE pairs among the given statements: its value-claim clusters, for choosing a reference.
UNWIND $statementIds AS statementId
MATCH (left:Statement {id: statementId})-[same:SAME_VALUE {runId: $conflictRunId}]->(right:Statement)
RETURN left.id AS left, right.id AS right
ORDER BY left, right;
