// Test data only: Article -STATES-> Statement <-FROM- Triple chains tagged with a test run id ($rows).
UNWIND $rows AS row
MERGE (article:Article {id: row.articleId}) ON CREATE SET article.testRunId = $runId, article.title = "test", article.text = "test"
CREATE (statement:Statement {id: row.statementId, runId: $runId, text: row.statement, source: row.set, status: "valid", active: true})
CREATE (triple:Triple {id: row.tripleId, runId: $runId, question: row.question, statement: row.statement,
  reverseStatement: row.reverse, language: "en", nation: row.nation, set: row.set, checks: [], status: row.status,
  conflictReduced: row.conflictReduced})
CREATE (article)-[:STATES]->(statement)
CREATE (triple)-[:FROM]->(statement)
RETURN count(triple) AS created;
