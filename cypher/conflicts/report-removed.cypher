// A sample of the statements a conflict run deactivated, each with its stance toward its canonical claim and the
// cycle that decided it (members in order).
MATCH (cycle:ConflictCycle {runId: $runId})-[deactivated:DEACTIVATED]->(statement:Statement)
WITH cycle, deactivated, statement
ORDER BY deactivated.round, statement.id
LIMIT $limit
OPTIONAL MATCH (article:Article)-[:STATES]->(statement)
OPTIONAL MATCH (statement)-[toward:STANCE_ON {runId: $runId}]->(claim:ValueClaim)
CALL {
  WITH cycle
  UNWIND range(0, size(cycle.members) - 1) AS position
  MATCH (member:Article {id: cycle.members[position]})
  WITH position, member ORDER BY position
  RETURN collect(coalesce(member.title, member.id)) AS memberTitles
}
RETURN statement.id AS statementId, statement.text AS text, coalesce(claim.text, statement.valueClaim) AS valueClaim,
  coalesce(toward.stance, statement.stance) AS stance,
  article.title AS articleTitle, deactivated.round AS round, deactivated.reason AS reason, cycle.id AS cycleId,
  cycle.length AS cycleLength, cycle.dominantStance AS dominantStance, memberTitles;
