// Closes a Run with its outcome, counts (a JSON string of stage-specific numbers) and the stage's warnings.
MATCH (run:Run {id: $id})
SET run.status = $status, run.finishedAt = datetime(), run.counts = $counts, run.error = $error,
  run.warnings = $warnings
RETURN run.id AS id, run.status AS status;
