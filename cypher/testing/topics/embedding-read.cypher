// Bench only: reads back the (:BenchEmbedding) vectors of one bench run.
MATCH (embedding:BenchEmbedding {benchRun: $benchRun})
RETURN embedding.id AS id, embedding.vector AS vector;
