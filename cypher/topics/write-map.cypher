// Stores the 2-d projection, HDBSCAN labels, outlier shares and the InsTag audit (JSON: rounds, merge decisions)
// of one topic run and scope (read by the report).
MATCH (run:Run {id: $runId})
MERGE (map:TopicMap {id: $id})
SET map.runId = $runId, map.scope = $scope, map.nation = $nation, map.outlet = $outlet, map.articleIds = $articleIds,
  map.x = $x, map.y = $y, map.clusterLabels = $clusterLabels, map.topicRanks = $topicRanks,
  map.outlierShareBefore = $outlierShareBefore, map.outlierShareAfter = $outlierShareAfter, map.instag = $instag,
  map.embeddingModel = $embeddingModel, map.minClusterSize = $minClusterSize, map.createdAt = datetime()
MERGE (map)-[:PRODUCED_BY]->(run)
RETURN map.id AS id;
