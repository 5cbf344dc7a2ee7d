// Existing StatementGroups that share a language and the first or last 12 folded characters with a new statement.
UNWIND $keys AS key
CALL (key) {
  MATCH (group:StatementGroup {language: key.language, prefixKey: key.prefixKey})
  RETURN group
  UNION
  MATCH (group:StatementGroup {language: key.language, suffixKey: key.suffixKey})
  RETURN group
}
WITH DISTINCT group
RETURN group.id AS id, group.text AS text, group.language AS language, group.prefixKey AS prefixKey,
  group.suffixKey AS suffixKey
ORDER BY id;
