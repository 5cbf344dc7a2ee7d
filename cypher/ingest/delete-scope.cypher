// Deletes up to $limit nodes of a benchmark scope (ids starting with "$scope:"): Articles, then Speakers, SourceFiles and Outlets left without links.
CALL () {
  MATCH (article:Article) WHERE article.id STARTS WITH $scope + ":"
  WITH article LIMIT toInteger($limit)
  DETACH DELETE article
  RETURN count(*) AS articles
}
CALL () {
  CALL () {
    MATCH (node:Speaker) WHERE node.id STARTS WITH $scope + ":" RETURN node
    UNION
    MATCH (node:SourceFile) WHERE node.id STARTS WITH $scope + ":" RETURN node
    UNION
    MATCH (node:Outlet) WHERE node.id STARTS WITH $scope + ":" RETURN node
  }
  WITH node WHERE NOT EXISTS { (node)<-[:FROM_FILE|PUBLISHED_BY|SPOKEN_BY]-() }
  WITH node LIMIT toInteger($limit)
  DETACH DELETE node
  RETURN count(*) AS others
}
RETURN articles + others AS deleted;
