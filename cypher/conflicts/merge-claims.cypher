// The standing of each canonical claim in one reduction round: statements with each stance, the
// majority's share and one-sided binomial p-value, and the dominant stance (null: contested, nothing removed on it).
UNWIND $rows AS row
MERGE (standing:ConflictClaim {id: row.id})
SET standing.runId = $runId, standing.reductionRunId = $reductionRunId, standing.round = $round,
  standing.claim = row.claim, standing.support = row.support,
  standing.oppose = row.oppose, standing.share = row.share, standing.pValue = row.pValue,
  standing.dominantStance = row.dominantStance,
  standing.status = CASE WHEN row.dominantStance IS NULL THEN "contested" ELSE "dominant" END;
