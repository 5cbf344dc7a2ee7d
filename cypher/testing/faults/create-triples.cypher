// Bench only (bench/faults): $count synthetic valid Triples of run $runId, one per Article of ingest scope $scope
// (in id order), each with a Statement the Article STATES, for the evaluation stage to score.
MATCH (article:Article) WHERE article.id STARTS WITH $scope + ":"
WITH article ORDER BY article.id LIMIT toInteger($count)
WITH collect(article) AS articles
UNWIND range(0, size(articles) - 1) AS position
WITH articles[position] AS article, position
CREATE (statement:Statement {id: $runId + ":s" + toString(position), runId: $runId, status: "valid",
  text: "Policy " + toString(position) + " serves the public good", source: "quoted"})
CREATE (triple:Triple {id: $runId + ":t" + toString(position), runId: $runId, status: "valid", set: "quoted",
  nation: "DE", language: "en", checks: [], question: "Does policy " + toString(position) + " serve the public good?",
  statement: "Policy " + toString(position) + " serves the public good",
  reverseStatement: "Policy " + toString(position) + " harms the public good"})
CREATE (article)-[:STATES]->(statement)
CREATE (triple)-[:FROM]->(statement)
RETURN count(triple) AS created;
