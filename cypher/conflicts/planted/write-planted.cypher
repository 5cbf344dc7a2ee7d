// A planted conflict benchmark's corpus: one Article per statement (its text is the statement), the valid Statement
// (the bench's statement run), and the statement's source as a Speaker when it has one. Ids start with the bench run.
UNWIND $rows AS row
MERGE (article:Article {id: row.articleId})
SET article.title = row.title, article.text = row.text, article.language = row.language, article.planted = $runId
MERGE (statement:Statement {id: row.statementId})
SET statement.text = row.text, statement.valueClaim = row.text, statement.stance = "support", statement.status = "valid",
  statement.language = row.language, statement.runId = $runId
MERGE (article)-[:STATES]->(statement)
WITH statement, row
WHERE row.speakerId IS NOT NULL
MERGE (speaker:Speaker {id: row.speakerId})
SET speaker.name = row.speaker
MERGE (statement)-[:ATTRIBUTED_TO]->(speaker);
