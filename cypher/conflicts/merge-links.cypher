// Writes LINK edges between articles (kind, weight, why; statement links: canonical claim, sides with their stance
// toward it, sign +1 agree / −1 disagree); new links start active; re-runs update in place.
UNWIND $rows AS row
MATCH (a:Article {id: row.source})
MATCH (b:Article {id: row.target})
MERGE (a)-[r:LINK {id: row.id}]->(b)
ON CREATE SET r.active = true
SET r.runId = $runId, r.kind = row.kind, r.weight = row.weight, r.why = row.why, r.claim = row.claim,
  r.sourceStatement = row.sourceStatement, r.targetStatement = row.targetStatement,
  r.sourceStance = row.sourceStance, r.targetStance = row.targetStance, r.sign = row.sign;
