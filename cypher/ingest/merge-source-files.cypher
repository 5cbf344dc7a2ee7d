// Merges the SourceFile nodes records come from (id and path relative to the corpora folder; elsewhere a relative path and a name#hash id, never an absolute path).
UNWIND $rows AS row
MERGE (file:SourceFile {id: row.id})
ON CREATE SET file.path = row.path, file.format = row.format, file.ingestRunId = $runId
RETURN count(file) AS files;
