// Per-round counts of a conflict run's reduction, in round order.
MATCH (round:ConflictRound {runId: $runId})
RETURN round.round AS round, round.communities AS communities, round.activeLinks AS activeLinks,
  coalesce(round.claims, 0) AS claims, coalesce(round.contestedClaims, 0) AS contestedClaims, round.seeds AS seeds,
  round.cyclesFound AS cyclesFound, round.linksDeactivated AS linksDeactivated,
  round.statementsDeactivated AS statementsDeactivated, round.statementsActive AS statementsActive,
  round.seconds AS seconds, round.louvainSeconds AS louvainSeconds, round.searchSeconds AS searchSeconds,
  round.writeSeconds AS writeSeconds, round.backend AS backend
ORDER BY round;
