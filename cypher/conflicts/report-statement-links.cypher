// A sample of a conflict run's statement links (two statements on one canonical claim): the two statements, their
// stances toward the claim, the link's sign (+ agree, − disagree) and whether the reduction left it active.
MATCH (a:Article)-[link:LINK {kind: "statement"}]->(b:Article)
WHERE link.id > $prefix AND link.id < $before
WITH link ORDER BY link.sign, link.id LIMIT $limit
OPTIONAL MATCH (source:Statement {id: link.sourceStatement})
OPTIONAL MATCH (target:Statement {id: link.targetStatement})
OPTIONAL MATCH (claim:ValueClaim {id: link.claim})
RETURN link.id AS linkId, claim.text AS claim, source.text AS sourceText, link.sourceStance AS sourceStance,
  target.text AS targetText, link.targetStance AS targetStance, link.sign AS sign, link.active AS active
ORDER BY link.sign, link.id;
