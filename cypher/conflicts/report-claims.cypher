// A sample of each reduction round's claim standings (dominant with the margin, or contested): up to $limit per
// round, claims with the most judged statements first, with the canonical claim's text.
MATCH (standing:ConflictClaim {runId: $runId})
OPTIONAL MATCH (claim:ValueClaim {id: standing.claim})
WITH standing, claim
ORDER BY standing.round, standing.support + standing.oppose DESC, standing.claim
WITH standing.round AS round, collect({standing: standing, text: claim.text})[..$limit] AS sample
UNWIND sample AS row
RETURN round, row.standing.claim AS claim, row.text AS text, row.standing.status AS status,
  row.standing.dominantStance AS dominantStance, row.standing.support AS support, row.standing.oppose AS oppose,
  row.standing.share AS share, row.standing.pValue AS pValue
ORDER BY round, support + oppose DESC, claim;
