// One page of a run's active LINK edges, in link id order (ids start with the run id: a range seek on link_id).
MATCH (a:Article)-[r:LINK]->(b:Article)
WHERE r.id > $after AND r.id STARTS WITH $prefix AND r.active
RETURN r.id AS id, a.id AS source, b.id AS target, r.kind AS kind, r.weight AS weight, r.claim AS claim,
  r.sourceStatement AS sourceStatement, r.targetStatement AS targetStatement,
  r.sourceStance AS sourceStance, r.targetStance AS targetStance
ORDER BY r.id
LIMIT $pageSize;
