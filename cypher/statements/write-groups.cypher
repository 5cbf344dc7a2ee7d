// Puts statements into their StatementGroup (created with the first member's text when new).
UNWIND $rows AS row
MATCH (statement:Statement {id: row.statementId})
MERGE (group:StatementGroup {id: row.group.id})
ON CREATE SET group.text = row.group.text, group.language = row.group.language, group.prefixKey = row.group.prefixKey,
  group.suffixKey = row.group.suffixKey, group.runId = $runId, group.createdAt = datetime()
MERGE (statement)-[:IN_GROUP]->(group)
RETURN count(statement) AS grouped;
