// Human verification of conflict reduction (issue 15, NaVAB Table 7): unique ids and the set-id lookups of the
// verification page and report.
CREATE CONSTRAINT verification_set_id IF NOT EXISTS FOR (n:VerificationSet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT verification_item_id IF NOT EXISTS FOR (n:VerificationItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT verification_prelabel_id IF NOT EXISTS FOR (n:VerificationPrelabel) REQUIRE n.id IS UNIQUE;
CREATE INDEX verification_item_set IF NOT EXISTS FOR (n:VerificationItem) ON (n.setId, n.statementId);
CREATE INDEX verification_label_set IF NOT EXISTS FOR (n:VerificationLabel) ON (n.setId);
CREATE INDEX verification_prelabel_set IF NOT EXISTS FOR (n:VerificationPrelabel) ON (n.setId);
CREATE INDEX verification_set_run IF NOT EXISTS FOR (n:VerificationSet) ON (n.conflictRunId);
