// Deletes the given ingest Run records (benchmark runs only).
MATCH (run:Run {stage: "ingest"}) WHERE run.id IN $ids
DETACH DELETE run
RETURN count(*) AS deleted;
