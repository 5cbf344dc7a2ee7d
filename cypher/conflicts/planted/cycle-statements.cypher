// The statement links of every cycle a conflict run recorded, with the claims it conflicted on (planted benchmarks
// check each against the planted labels), and the canonical statement of each of the run's claims.
MATCH (cycle:ConflictCycle {runId: $runId})
UNWIND cycle.links AS linkId
MATCH (:Article)-[link:LINK {id: linkId}]->(:Article)
WHERE link.kind = "statement"
OPTIONAL MATCH (claim:ValueClaim {id: link.claim})
WITH cycle, collect({claim: link.claim, canonical: claim.statementId, source: link.sourceStatement,
  target: link.targetStatement}) AS links
RETURN cycle.id AS id, cycle.claims AS claims, links
ORDER BY id;
