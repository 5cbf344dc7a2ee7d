// Links each press-conference answer to the question it answers.
UNWIND $rows AS row
MATCH (answer:Article {id: row.answerId})
MATCH (question:Article {id: row.questionId})
MERGE (answer)-[:ANSWERS]->(question)
RETURN count(answer) AS linked;
