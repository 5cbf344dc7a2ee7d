// Conflict reduction: lookups of LINK edges and conflict records by id and run.
CREATE INDEX link_id IF NOT EXISTS FOR ()-[r:LINK]-() ON (r.id);
CREATE INDEX link_run IF NOT EXISTS FOR ()-[r:LINK]-() ON (r.runId);
CREATE INDEX conflict_cycle_run IF NOT EXISTS FOR (n:ConflictCycle) ON (n.runId);
CREATE CONSTRAINT conflict_round_id IF NOT EXISTS FOR (n:ConflictRound) REQUIRE n.id IS UNIQUE;
