// Benchmark: the naive cycle query (every closed path of 3..5 active LINK hops back to an anchor), timeboxed, over sample anchors.
CALL apoc.cypher.runTimeboxed(
  "UNWIND $anchors AS anchorId MATCH p = (a:Article {id: anchorId})-[links:LINK*3..5]-(a) WHERE all(l IN links WHERE l.active AND l.runId = $runId) RETURN count(p) AS paths",
  {anchors: $anchors, runId: $runId}, $timeoutMs)
YIELD value
RETURN value.paths AS paths;
