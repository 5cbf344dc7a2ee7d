// Marks one Run whose process is gone as failed, with the reason (only while it is still running).
MATCH (run:Run {id: $id, status: "running"})
SET run.status = "failed", run.finishedAt = datetime(), run.error = $error
RETURN run.id AS id;
