// LLM pre-labels, kept apart from human labels (their own node label), one per set × statement × model × prompt.
UNWIND $rows AS row
MERGE (label:VerificationPrelabel {id: row.setId + "/" + row.statementId + "/" + $modelId + "/" + $promptVersion})
SET label.setId = row.setId, label.statementId = row.statementId, label.label = row.label, label.reason = row.reason,
  label.modelId = $modelId, label.promptVersion = $promptVersion, label.runId = $runId, label.at = datetime()
RETURN count(label) AS written;
