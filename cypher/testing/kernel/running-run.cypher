// A Run left running by the given process (kernel tests of the dead-process sweep).
MERGE (run:Run {id: $id})
SET run.stage = "probe", run.status = "running", run.pid = $pid, run.host = $host,
  run.processStartedAt = $processStartedAt, run.startedAt = datetime();
