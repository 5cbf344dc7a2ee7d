// A sample of the claims a conflict run's reduction left contested (no dominant stance with the margin), from its
// first round, largest first, with the canonical claim's text.
MATCH (standing:ConflictClaim {runId: $runId})
WHERE standing.round = 1 AND standing.status = "contested"
OPTIONAL MATCH (claim:ValueClaim {id: standing.claim})
RETURN standing.claim AS claim, claim.text AS text, standing.support AS support,
  standing.oppose AS oppose, standing.share AS share, standing.pValue AS pValue
ORDER BY standing.support + standing.oppose DESC, claim
LIMIT $limit;
