// The stored configuration hash of a run, if it exists (to refuse replaying a run id with other settings).
MATCH (run:Run {id: $id})
RETURN run.configHash AS configHash, run.status AS status;
