// The verification sets of a conflict run (optionally some nations) with their reference and items.
MATCH (set:VerificationSet {conflictRunId: $conflictRunId})
WHERE $nations IS NULL OR set.nation IN $nations
OPTIONAL MATCH (set)-[:REFERENCE]->(reference:Statement)
CALL {
  WITH set
  MATCH (set)-[:HAS_ITEM]->(item:VerificationItem)-[:OF]->(statement:Statement)
  WITH item, statement ORDER BY item.position
  RETURN collect({statementId: item.statementId, position: item.position, samples: item.samples, raters: item.raters,
    text: coalesce(statement.text, "")}) AS items
}
RETURN set.id AS setId, set.nation AS nation, set.referenceMethod AS method, set.referenceBy AS by,
  reference.id AS referenceId, coalesce(reference.text, "") AS referenceText, items
ORDER BY nation;
