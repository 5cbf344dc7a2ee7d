// Imports triples with their provenance chain (outlet → article → statement → triple), merging by id.
UNWIND $rows AS row
MERGE (nation:Nation {code: row.nation})
MERGE (outlet:Outlet {id: row.outletId})
ON CREATE SET outlet.name = row.outletName, outlet.kind = "press-agency", outlet.importRunId = $runId
MERGE (outlet)-[:OF_NATION]->(nation)
MERGE (article:Article {id: row.articleId})
ON CREATE SET article.text = row.articleText, article.language = row.language, article.kind = "article",
  article.importRunId = $runId, article.sourceFile = row.sourceFile
MERGE (article)-[:PUBLISHED_BY]->(outlet)
MERGE (statement:Statement {id: row.statementId})
ON CREATE SET statement += row.statementProperties, statement.runId = $runId, statement.active = true
MERGE (article)-[:STATES]->(statement)
MERGE (triple:Triple {id: row.tripleId})
ON CREATE SET triple += row.tripleProperties, triple.runId = $runId
MERGE (triple)-[:FROM]->(statement)
WITH triple, statement
MATCH (run:Run {id: $runId})
MERGE (triple)-[:PRODUCED_BY]->(run)
MERGE (statement)-[:PRODUCED_BY]->(run)
RETURN count(triple) AS imported;
