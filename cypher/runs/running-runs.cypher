// Runs still marked running, with the process that runs (or ran) them.
MATCH (run:Run {status: "running"})
RETURN run.id AS id, run.pid AS pid, run.host AS host, run.processStartTime AS processStartTime,
  run.processStartedAt AS processStartedAt
ORDER BY id;
