// Records conflicting cycles: members in order, round, community, dominant stance per claim, deviating links; replayable.
UNWIND $rows AS row
MERGE (cycle:ConflictCycle {id: row.id})
SET cycle.runId = $runId, cycle.round = row.round, cycle.length = size(row.links), cycle.members = row.nodes,
  cycle.links = row.links, cycle.community = row.community, cycle.claims = row.claims,
  cycle.dominantStance = row.dominantStance, cycle.dominantStances = row.dominantStances,
  cycle.deviatingLinks = row.deviatingLinks, cycle.searchBackend = $backend
WITH cycle, row
MATCH (run:Run {id: $reductionRunId})
MERGE (cycle)-[:PRODUCED_BY]->(run)
WITH cycle, row
UNWIND row.nodes AS articleId
MATCH (article:Article {id: articleId})
MERGE (cycle)-[:CONTAINS]->(article);
