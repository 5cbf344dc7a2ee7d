// Tests: the LINK edges of one run with kind, endpoints, stances and why.
MATCH (a:Article)-[r:LINK]->(b:Article)
WHERE r.id STARTS WITH $prefix
RETURN r.kind AS kind, a.id AS source, b.id AS target, r.sourceStance AS sourceStance, r.targetStance AS targetStance,
  r.claim AS claim, r.sign AS sign, r.why AS why, r.active AS active
ORDER BY kind, source, target;
