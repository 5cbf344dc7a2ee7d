// Bench graph: conflict cycles over bench articles, one run ($graph) and rounds 1..5, so the auditor's
// cycles-of-a-nation filter has realistic numbers of cycles per round to look through.
UNWIND $rows AS row
CREATE (cycle:ConflictCycle {id: row.id, runId: $graph, round: row.round, length: size(row.members),
  dominantStance: row.stance, members: row.members})
WITH cycle, row
UNWIND row.members AS member
MATCH (article:Article {id: member})
CREATE (cycle)-[:CONTAINS]->(article)
RETURN count(DISTINCT cycle) AS cycles;
