// Adds the provenance of a further record with an already-merged text: PUBLISHED_BY its outlet, FROM_FILE its position.
UNWIND $rows AS row
MATCH (article:Article {id: row.id})
MATCH (outlet:Outlet {id: row.outletId})
MATCH (file:SourceFile {id: row.fileId})
MERGE (article)-[:PUBLISHED_BY]->(outlet)
MERGE (article)-[:FROM_FILE {position: row.position}]->(file)
RETURN count(article) AS linked;
