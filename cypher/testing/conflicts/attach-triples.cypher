// Test helper: one Triple per given statement id, ids prefixed with the run id (removed by test/delete-triples).
UNWIND $statementIds AS statementId
MATCH (statement:Statement {id: statementId})
CREATE (triple:Triple {id: $runId + ":triple:" + statementId, question: "q", statement: "s", reverseStatement: "rs",
  conflictReduced: false})-[:FROM]->(statement)
RETURN count(triple) AS created;
