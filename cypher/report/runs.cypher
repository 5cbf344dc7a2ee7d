// The Run records the report lists (ids starting with $prefix, or all when it is null), oldest first: stage,
// status, settings version and hash, versions, seed, times and counts.
MATCH (run:Run)
WHERE $prefix IS NULL OR run.id STARTS WITH $prefix
RETURN run.id AS id, run.stage AS stage, run.status AS status, run.settingsVersion AS settingsVersion,
  run.settingsHash AS settingsHash, run.versions AS versions, run.seed AS seed, toString(run.startedAt) AS startedAt,
  toString(run.finishedAt) AS finishedAt,
  CASE WHEN run.finishedAt IS NULL THEN null ELSE duration.inSeconds(run.startedAt, run.finishedAt).seconds END AS seconds,
  run.counts AS counts, run.error AS error
ORDER BY run.startedAt
LIMIT 500;
