// Conflict reduction with comparable stances: canonical value claims of a conflict graph (ValueClaim, with each
// member's STANCE_ON it) and the per-round standing of each (community, claim) of a reduction (ConflictClaim).
CREATE CONSTRAINT value_claim_id IF NOT EXISTS FOR (n:ValueClaim) REQUIRE n.id IS UNIQUE;
CREATE INDEX value_claim_run IF NOT EXISTS FOR (n:ValueClaim) ON (n.runId);
CREATE CONSTRAINT conflict_claim_id IF NOT EXISTS FOR (n:ConflictClaim) REQUIRE n.id IS UNIQUE;
CREATE INDEX conflict_claim_run IF NOT EXISTS FOR (n:ConflictClaim) ON (n.runId);
