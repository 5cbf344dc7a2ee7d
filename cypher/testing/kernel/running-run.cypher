// A Run left running by the given process (kernel tests of the dead-process sweep).
MERGE (run:Run {id: $id})
SET run.stage = "probe", run.status = "running", run.pid = $pid, run.host = $host,
  run.processStartTime = $processStartTime, run.processStartedAt = "recorded by a test", run.startedAt = datetime();
