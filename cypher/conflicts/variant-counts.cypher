// How many statements a conflict run judged and kept, and how many triples stand on each side.
MATCH (statement:Statement)-[:JUDGED_IN]->(:Run {id: $runId})
WITH statement, NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $runId } AS kept
OPTIONAL MATCH (triple:Triple)-[:FROM]->(statement)
WITH statement, kept, count(triple) AS triples
RETURN count(statement) AS judged, sum(CASE WHEN kept THEN 1 ELSE 0 END) AS kept, sum(triples) AS triples,
  sum(CASE WHEN kept THEN triples ELSE 0 END) AS keptTriples;
