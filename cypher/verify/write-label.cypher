// One human label from the command line (`navab verify label`): append-only like the API's, who and when recorded.
MATCH (:VerificationItem {setId: $setId, statementId: $statementId})
CREATE (label:VerificationLabel {id: randomUUID(), setId: $setId, statementId: $statementId, label: $label, by: $by,
  at: datetime(), via: "cli"})
RETURN label.id AS id;
