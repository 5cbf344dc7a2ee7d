// Creates or refreshes the Topic nodes of one topic run (one row per topic) and links them to their Run.
MATCH (run:Run {id: $runId})
UNWIND $rows AS row
MERGE (topic:Topic {id: row.id})
SET topic.runId = $runId, topic.scope = $scope, topic.nation = $nation, topic.outlet = $outlet, topic.rank = row.rank, topic.identity = row.identity,
  topic.method = row.method, topic.label = row.label, topic.labelSource = row.labelSource, topic.labelFailure = row.labelFailure,
  topic.keywords = row.keywords, topic.evidenceTerms = row.evidenceTerms, topic.evidenceScores = row.evidenceScores,
  topic.size = row.size, topic.tags = row.tags, topic.params = $params, topic.embeddingModel = $embeddingModel, topic.chatModel = $chatModel,
  topic.promptVersions = $promptVersions, topic.settingsVersion = $settingsVersion
MERGE (topic)-[:PRODUCED_BY]->(run)
RETURN count(topic) AS written;
