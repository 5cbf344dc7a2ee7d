// Opens (or resumes) a Run: the record of one stage execution with its configuration and versions.
MERGE (run:Run {id: $id})
ON CREATE SET run.stage = $stage, run.startedAt = datetime(), run.config = $config, run.configHash = $configHash,
  run.versions = $versions, run.seed = $seed
ON MATCH SET run.resumedAt = datetime()
SET run.status = "running"
RETURN run.id AS id, run.status AS status;
