// Status, counts and error of one topic Run.
MATCH (run:Run {id: $runId})
RETURN run.status AS status, run.counts AS counts, run.error AS error;
