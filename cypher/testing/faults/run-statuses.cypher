// Bench only (bench/faults): the Runs whose id starts with $prefix, by id, with status, error and counts (JSON).
MATCH (run:Run) WHERE run.id STARTS WITH $prefix
RETURN run.id AS id, run.stage AS stage, run.status AS status, run.error AS error, run.counts AS counts
ORDER BY id;
