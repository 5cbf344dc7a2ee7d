// Per-round counts of a reduction run (cycles found, links and statements deactivated, statements kept).
MATCH (run:Run {id: $reductionRunId})
MERGE (round:ConflictRound {id: $reductionRunId + ":" + toString($round)})
SET round.runId = $runId, round.round = $round, round.communities = $communities, round.activeLinks = $activeLinks,
  round.claims = $claims, round.contestedClaims = $contestedClaims, round.seeds = $seeds, round.cyclesFound = $cyclesFound, round.linksDeactivated = $linksDeactivated,
  round.statementsDeactivated = $statementsDeactivated, round.statementsActive = $statementsActive,
  round.seconds = $seconds, round.louvainSeconds = $louvainSeconds, round.searchSeconds = $searchSeconds,
  round.writeSeconds = $writeSeconds, round.backend = $backend
MERGE (round)-[:PRODUCED_BY]->(run)
RETURN round.id AS id;
