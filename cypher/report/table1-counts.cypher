// The run's own Table 1 (NaVAB Table 1 shape): per nation, the news articles in the graph and the statements
// extracted from them, by source judgment (quoted by a named speaker, or official).
MATCH (nation:Nation)
CALL (nation) {
  OPTIONAL MATCH (article:Article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(nation)
  RETURN count(DISTINCT article) AS articles
}
CALL (nation) {
  OPTIONAL MATCH (article:Article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(nation)
  MATCH (article)-[:STATES]->(statement:Statement)
  WITH DISTINCT statement
  RETURN count(statement) AS statements,
    count(CASE WHEN statement.source = "quoted" THEN 1 END) AS quoted,
    count(CASE WHEN statement.source = "official" THEN 1 END) AS official,
    sum(COUNT { (statement)<-[:FROM]-(:Triple) }) AS triples
}
CALL (nation) {
  OPTIONAL MATCH (article:Article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(nation)
  MATCH (article)-[:HAS_EXTRACTION]->(:StatementExtraction)
  RETURN count(DISTINCT article) AS extractedArticles
}
RETURN nation.code AS nation, articles, extractedArticles, statements, quoted, official, triples
ORDER BY nation;
