// Opens (or resumes) a Run: the record of one stage execution with its configuration, settings version and hash,
// versions, resume rule and the process running it (pid, host, process start time).
MERGE (run:Run {id: $id})
ON CREATE SET run.startedAt = datetime()
ON MATCH SET run.resumedAt = datetime()
SET run.stage = $stage, run.config = $config, run.configHash = $configHash, run.settingsVersion = $settingsVersion,
  run.settingsHash = $settingsHash, run.versions = $versions, run.resume = $resume, run.seed = $seed,
  run.pid = $pid, run.host = $host, run.processStartTime = $processStartTime, run.processStartedAt = $processStartedAt,
  run.status = "running",
  run.error = null, run.finishedAt = null
RETURN run.id AS id, run.status AS status;
