// One nation's verification set of a conflict run: the set (reference choice recorded: method, who, cluster size),
// its REFERENCE statement and its sampled items (position, samples, raters) with OF → Statement. Items of an
// earlier preparation of the same set that are no longer sampled are removed; labels are separate nodes and stay.
MERGE (set:VerificationSet {id: $set.id})
SET set += $set
WITH set
OPTIONAL MATCH (set)-[old:REFERENCE]->()
DELETE old
WITH set
MATCH (reference:Statement {id: $set.referenceStatementId})
MERGE (set)-[:REFERENCE]->(reference)
WITH set
OPTIONAL MATCH (set)-[:HAS_ITEM]->(stale:VerificationItem)
WHERE NOT stale.statementId IN [item IN $items | item.statementId]
DETACH DELETE stale
WITH DISTINCT set
UNWIND $items AS row
MATCH (statement:Statement {id: row.statementId})
MERGE (item:VerificationItem {id: set.id + "/" + row.statementId})
SET item.setId = set.id, item.statementId = row.statementId, item.position = row.position, item.samples = row.samples,
  item.raters = row.raters
MERGE (set)-[:HAS_ITEM]->(item)
MERGE (item)-[:OF]->(statement)
RETURN count(item) AS items;
