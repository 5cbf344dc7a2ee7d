// Bench only (bench/topics-quality/measure-cache.ts): writes (:BenchEmbedding) nodes to time a graph-based cache.
UNWIND $rows AS row
MERGE (embedding:BenchEmbedding {id: row.id})
SET embedding.model = $model, embedding.vector = row.vector, embedding.benchRun = $benchRun
RETURN count(embedding) AS written;
