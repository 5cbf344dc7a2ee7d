// Merges the SourceFile nodes records come from (id = path relative to the corpora folder, or absolute).
UNWIND $rows AS row
MERGE (file:SourceFile {id: row.id})
ON CREATE SET file.path = row.path, file.format = row.format, file.ingestRunId = $runId
RETURN count(file) AS files;
