// One page of a run's active LINK edges in link id order: a range seek on link_id between $after and $before (the run's prefix range).
MATCH (a:Article)-[r:LINK]->(b:Article)
WHERE r.id > $after AND r.id < $before AND r.active
RETURN r.id AS id, a.id AS source, b.id AS target, r.kind AS kind, r.weight AS weight, r.claim AS claim,
  r.sourceStatement AS sourceStatement, r.targetStatement AS targetStatement,
  r.sourceStance AS sourceStance, r.targetStance AS targetStance, r.sign AS sign
ORDER BY r.id
LIMIT $pageSize;
