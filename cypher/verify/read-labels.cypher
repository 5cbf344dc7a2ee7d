// Human labels (VerificationLabel, written through the API behind the reviewer JWT or by `navab verify label`) and
// LLM pre-labels (VerificationPrelabel, a separate label) of the given verification sets.
CALL {
  MATCH (label:VerificationLabel) WHERE label.setId IN $setIds
  RETURN "human" AS kind, label.setId AS setId, label.statementId AS statementId, label.label AS label,
    label.by AS by, toString(label.at) AS at, null AS modelId
  UNION ALL
  MATCH (label:VerificationPrelabel) WHERE label.setId IN $setIds
  RETURN "llm" AS kind, label.setId AS setId, label.statementId AS statementId, label.label AS label,
    null AS by, toString(label.at) AS at, label.modelId AS modelId
}
RETURN kind, setId, statementId, label, by, at, modelId
ORDER BY kind, setId, statementId, at;
