// Closes a Run with its outcome and counts (a JSON string of stage-specific numbers).
MATCH (run:Run {id: $id})
SET run.status = $status, run.finishedAt = datetime(), run.counts = $counts, run.error = $error
RETURN run.id AS id, run.status AS status;
