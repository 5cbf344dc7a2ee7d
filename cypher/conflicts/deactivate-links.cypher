// Marks LINK edges inactive with the round, the reason and the cycle that decided it (never deleted).
UNWIND $rows AS row
MATCH (:Article)-[r:LINK {id: row.linkId}]->(:Article)
SET r.active = false, r.deactivatedRound = row.round, r.deactivatedReason = row.reason, r.deactivatedBy = row.cycleId;
