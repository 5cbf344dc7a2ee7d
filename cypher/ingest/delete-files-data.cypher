// Deletes what ingest wrote for the given source files (tests' own scratch files only): their Articles, quarantine, files, outlets and runs.
UNWIND $fileIds AS fileId
MATCH (file:SourceFile {id: fileId})
OPTIONAL MATCH (article:Article)-[:FROM_FILE]->(file)
WITH collect(DISTINCT file) AS files, collect(DISTINCT article) AS articles
CALL (articles) {
  UNWIND articles AS article
  OPTIONAL MATCH (article)-[:SPOKEN_BY]->(speaker:Speaker)
  DETACH DELETE article
  WITH DISTINCT speaker WHERE speaker IS NOT NULL AND NOT (speaker)<-[:SPOKEN_BY]-()
  DETACH DELETE speaker
}
CALL (files) {
  UNWIND files AS file
  DETACH DELETE file
}
WITH size(articles) AS deleted
OPTIONAL MATCH (quarantine:Quarantine) WHERE quarantine.file IN $fileIds
DETACH DELETE quarantine
WITH deleted
OPTIONAL MATCH (outlet:Outlet) WHERE outlet.id IN $outletIds AND NOT (outlet)<-[:PUBLISHED_BY]-()
DETACH DELETE outlet
WITH deleted
OPTIONAL MATCH (run:Run) WHERE run.id IN $runIds
DETACH DELETE run
RETURN DISTINCT deleted;
