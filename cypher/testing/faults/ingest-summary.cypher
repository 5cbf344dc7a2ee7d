// Bench only (bench/faults): what one ingest scope holds — Articles, outlets, source files, quarantined records,
// and links in numbers — and how many Articles have more than one FROM_FILE link for one record (duplicates).
CALL () {
  MATCH (article:Article) WHERE article.id STARTS WITH $scope + ":"
  OPTIONAL MATCH (article)-[link:FROM_FILE]->(:SourceFile)
  WITH article, count(link) AS links, count(DISTINCT link.position) AS positions
  RETURN count(article) AS articles, sum(links) AS fromFileLinks, sum(CASE WHEN links > positions THEN 1 ELSE 0 END) AS duplicated
}
CALL () {
  MATCH (:Article)-[published:PUBLISHED_BY]->(outlet:Outlet) WHERE outlet.id STARTS WITH $scope + ":"
  RETURN count(DISTINCT outlet) AS outlets, count(published) AS publishedLinks
}
CALL () {
  MATCH (file:SourceFile) WHERE file.id STARTS WITH $scope + ":"
  RETURN count(file) AS sourceFiles
}
CALL () {
  MATCH (quarantine:Quarantine) WHERE quarantine.file STARTS WITH $scope + ":"
  RETURN count(quarantine) AS quarantined
}
RETURN articles, fromFileLinks, duplicated, outlets, publishedLinks, sourceFiles, quarantined;
