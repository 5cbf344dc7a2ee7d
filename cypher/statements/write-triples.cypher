// Writes <Q, S, RS> Triple nodes (valid, flagged with their checks, or failed with the raw answer) from their Statement.
UNWIND $rows AS row
MATCH (statement:Statement {id: row.statementId})
MATCH (run:Run {id: $runId})
MERGE (triple:Triple {id: row.id})
SET triple += row.properties, triple.runId = $runId, triple.at = datetime()
MERGE (triple)-[:FROM]->(statement)
MERGE (triple)-[:PRODUCED_BY]->(run)
RETURN count(triple) AS written;
