// Counts distinct Articles, source records (FROM_FILE edges) and source files per nation, for `navab stats`.
MATCH (nation:Nation)<-[:OF_NATION]-(:Outlet)<-[:PUBLISHED_BY]-(article:Article)-[record:FROM_FILE]->(file:SourceFile)
RETURN nation.code AS nation, nation.name AS name, count(DISTINCT article) AS articles, count(DISTINCT record) AS records,
  count(DISTINCT file) AS files
ORDER BY nation;
