// Test data only: Article -STATES-> Statement <-FROM- Triple chains tagged with a test run id ($rows), every
// statement judged by the conflict run "<runId>:conflicts", which deactivated those with conflictReduced = false.
MERGE (conflictRun:Run {id: $runId + ":conflicts"}) ON CREATE SET conflictRun.stage = "conflicts.graph"
MERGE (cycle:ConflictCycle {id: $runId + ":cycle"}) ON CREATE SET cycle.runId = $runId + ":conflicts", cycle.round = 1
WITH conflictRun, cycle
UNWIND $rows AS row
MERGE (article:Article {id: row.articleId}) ON CREATE SET article.testRunId = $runId, article.title = "test", article.text = "test"
CREATE (statement:Statement {id: row.statementId, runId: $runId, text: row.statement, source: row.set, status: "valid", active: true})
CREATE (triple:Triple {id: row.tripleId, runId: $runId, question: row.question, statement: row.statement,
  reverseStatement: row.reverse, language: "en", nation: row.nation, set: row.set, checks: [], status: row.status})
CREATE (article)-[:STATES]->(statement)
CREATE (triple)-[:FROM]->(statement)
CREATE (statement)-[:JUDGED_IN]->(conflictRun)
FOREACH (_ IN CASE WHEN row.conflictReduced THEN [] ELSE [1] END | CREATE (cycle)-[:DEACTIVATED {round: 1}]->(statement))
RETURN count(triple) AS created;
