// Test helper: one valid Triple per given statement id, of the triple run "<runId>:triples" (removed by delete-triples).
UNWIND $statementIds AS statementId
MATCH (statement:Statement {id: statementId})
CREATE (triple:Triple {id: $runId + ":triple:" + statementId, runId: $runId + ":triples", status: "valid",
  question: "q", statement: "s", reverseStatement: "rs", nation: "T", set: "quoted", language: "en"})-[:FROM]->(statement)
RETURN count(triple) AS created;
