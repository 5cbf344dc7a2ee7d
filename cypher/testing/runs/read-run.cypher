// One Run record as stored (tests check what the stage kernel recorded).
MATCH (run:Run {id: $id})
RETURN run.id AS id, run.stage AS stage, run.status AS status, run.error AS error, run.config AS config,
  run.settingsVersion AS settingsVersion, run.settingsHash AS settingsHash, run.versions AS versions,
  run.resume AS resume, run.seed AS seed, run.pid AS pid, run.host AS host, run.processStartTime AS processStartTime,
  run.processStartedAt AS processStartedAt,
  run.counts AS counts, coalesce(run.warnings, []) AS warnings;
