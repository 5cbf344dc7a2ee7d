// Acceptance check (issue 13): nothing later stands on an `unsupported` statement — no Triple FROM it, no item group,
// no source judgment or speaker, no conflict LINK / SAME_VALUE / JUDGED_IN / DEACTIVATED, and no triple export, DPO
// or evaluation row (those read triples FROM supported statements only). Scoped to a test's articles ($testId), or
// the whole graph when $testId is null.
MATCH (article:Article)-[:STATES]->(statement:Statement {status: "unsupported"})
WHERE $testId IS NULL OR article.testId = $testId
WITH DISTINCT statement
WITH collect(statement) AS statements, collect(statement.id) AS ids
CALL (ids) {
  OPTIONAL MATCH (:Article)-[link:LINK]->(:Article)
  WHERE link.sourceStatement IN ids OR link.targetStatement IN ids
  RETURN count(link) AS links
}
UNWIND (CASE WHEN size(statements) = 0 THEN [null] ELSE statements END) AS statement
RETURN count(statement) AS unsupported,
  sum(count { (statement)<-[:FROM]-(:Triple) }) AS triples,
  sum(count { (statement)-[:IN_GROUP]->(:StatementGroup) }) AS groups,
  sum(count { (statement)-[:ATTRIBUTED_TO]->(:Speaker) }) AS speakers,
  count(statement.sourceStatus) AS judged,
  sum(count { (statement)-[:SAME_VALUE]-(:Statement) }) AS sameValue,
  sum(count { (statement)-[:JUDGED_IN]->(:Run) }) AS judgedIn,
  sum(count { (statement)<-[:DEACTIVATED]-(:ConflictCycle) }) AS deactivated,
  links;
