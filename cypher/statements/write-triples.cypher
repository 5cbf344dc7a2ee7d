// Writes <Q, S, RS> Triple nodes (valid, flagged with their checks, or failed with the raw answer) from the
// representative Statement of their StatementGroup (one triple per item; the group gives every source article).
UNWIND $rows AS row
MATCH (statement:Statement {id: row.statementId})
MATCH (run:Run {id: $runId})
MERGE (triple:Triple {id: row.id})
SET triple += row.properties, triple.runId = $runId, triple.at = datetime()
MERGE (triple)-[:FROM]->(statement)
MERGE (triple)-[:PRODUCED_BY]->(run)
WITH triple, row
CALL (triple, row) {
  MATCH (group:StatementGroup {id: row.groupId})
  MERGE (triple)-[:OF_GROUP]->(group)
}
RETURN count(triple) AS written;
