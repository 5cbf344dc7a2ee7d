// Bench only: deletes the (:BenchEmbedding) nodes of one bench run.
MATCH (embedding:BenchEmbedding {benchRun: $benchRun})
DELETE embedding
RETURN count(*) AS deleted;
