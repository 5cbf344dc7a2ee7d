// Bench only (bench/faults): one conflict run (graph + reduction) in numbers — its LINKs by kind and how many are
// still active, its cycles and rounds, links with the same id twice (duplicates), the statements it judged and kept.
CALL () {
  MATCH (:Article)-[link:LINK]->(:Article) WHERE link.id STARTS WITH $runId + "/"
  WITH link.kind AS kind, count(link) AS links, count(DISTINCT link.id) AS ids,
    sum(CASE WHEN link.active THEN 1 ELSE 0 END) AS active
  ORDER BY kind
  RETURN collect(kind + ":" + toString(links) + "/" + toString(active)) AS links, sum(links - ids) AS duplicated
}
CALL () {
  OPTIONAL MATCH (cycle:ConflictCycle {runId: $runId})
  RETURN count(cycle) AS cycles
}
CALL () {
  OPTIONAL MATCH (round:ConflictRound {runId: $runId})
  RETURN count(round) AS rounds
}
CALL () {
  MATCH (statement:Statement)-[:JUDGED_IN]->(:Run {id: $runId})
  WITH statement, NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $runId } AS kept
  RETURN count(statement) AS judged, sum(CASE WHEN kept THEN 1 ELSE 0 END) AS kept
}
RETURN links, duplicated, cycles, rounds, judged, kept;
