// Tests: the inactive LINK edges of one run with their round and reason.
MATCH (:Article)-[r:LINK]->(:Article)
WHERE r.id STARTS WITH $prefix AND NOT r.active
RETURN r.id AS id, r.deactivatedRound AS round, r.deactivatedReason AS reason
ORDER BY id;
