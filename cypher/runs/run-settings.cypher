// The settings version and hash recorded for a run id (a replayed run must use the same settings).
MATCH (run:Run {id: $id})
RETURN run.settingsVersion AS settingsVersion, run.settingsHash AS settingsHash, run.status AS status;
