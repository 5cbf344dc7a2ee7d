// The newest TopicMap of every scope (or the maps of one run when $runId is set), for `navab topics report`.
MATCH (map:TopicMap)
WHERE $runId IS NULL OR map.runId = $runId
WITH map ORDER BY map.createdAt DESC
WITH map.scope AS scope, collect(map)[0] AS map
RETURN map.id AS id, map.runId AS runId, map.scope AS scope, map.nation AS nation, map.outlet AS outlet,
  map.articleIds AS articleIds, map.x AS x, map.y AS y, map.clusterLabels AS clusterLabels, map.topicRanks AS topicRanks,
  map.outlierShareBefore AS outlierShareBefore, map.outlierShareAfter AS outlierShareAfter, map.instag AS instag,
  map.embeddingModel AS embeddingModel, map.minClusterSize AS minClusterSize, toString(map.createdAt) AS createdAt
ORDER BY scope;
