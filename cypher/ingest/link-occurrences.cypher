// Adds the provenance of a further record with an already-merged text: PUBLISHED_BY its outlet, FROM_FILE its position; clears that record's quarantine entry.
UNWIND $rows AS row
MATCH (article:Article {id: row.id})
MATCH (outlet:Outlet {id: row.outletId})
MATCH (file:SourceFile {id: row.fileId})
MERGE (article)-[:PUBLISHED_BY]->(outlet)
MERGE (article)-[:FROM_FILE {position: row.position}]->(file)
WITH row
OPTIONAL MATCH (cleared:Quarantine {file: row.fileId, position: row.position})
DETACH DELETE cleared
RETURN row.id AS id, count(cleared) AS cleared;
