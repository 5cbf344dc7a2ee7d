// The Topic nodes of one run and scope, largest first, with everything the report and the next stages show.
MATCH (topic:Topic {runId: $runId, scope: $scope})
RETURN topic.id AS id, topic.rank AS rank, topic.method AS method, topic.label AS label, coalesce(topic.labelSource, "") AS labelSource,
  topic.keywords AS keywords, topic.evidenceTerms AS evidenceTerms, topic.size AS size, topic.nation AS nation, topic.outlet AS outlet
ORDER BY topic.rank;
