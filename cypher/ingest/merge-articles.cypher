// Merges Articles by id (sha256 of normalized text), keeping first-seen provenance; links outlet and file; clears the quarantine entry of the record, which now landed; existed = made by an earlier run.
UNWIND $rows AS row
MERGE (article:Article {id: row.id})
ON CREATE SET article += row.properties, article.ingestRunId = $runId, article.ingestedAt = datetime()
WITH article, row
MATCH (outlet:Outlet {id: row.outletId})
MATCH (file:SourceFile {id: row.fileId})
MERGE (article)-[:PUBLISHED_BY]->(outlet)
MERGE (article)-[:FROM_FILE {position: row.position}]->(file)
WITH article, row
OPTIONAL MATCH (cleared:Quarantine {file: row.fileId, position: row.position})
DETACH DELETE cleared
RETURN row.id AS id, article.ingestRunId <> $runId AS existed, count(cleared) AS cleared;
