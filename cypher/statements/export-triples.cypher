// Triples with their full provenance (triple → statement → article → outlet → nation), for export: only triples of
// a supported statement with a judged source (quoted or official), with every article of the item's group; with
// $conflictRunId only the triples whose statement that conflict run judged and kept (the reduced variant).
MATCH (triple:Triple)-[:FROM]->(statement:Statement {status: "valid"})<-[:STATES]-(article:Article)
      -[:PUBLISHED_BY]->(outlet:Outlet)-[:OF_NATION]->(nation:Nation)
WHERE triple.status IN $statuses AND ($runId IS NULL OR triple.runId = $runId)
  AND ($nation IS NULL OR nation.code = $nation)
  AND triple.set IN ["quoted", "official"] AND statement.source IN ["quoted", "official"]
  AND ($conflictRunId IS NULL OR EXISTS { (statement)-[:JUDGED_IN]->(:Run {id: $conflictRunId}) }
    AND NOT EXISTS { (cycle:ConflictCycle)-[:DEACTIVATED]->(statement) WHERE cycle.runId = $conflictRunId })
OPTIONAL MATCH (statement)-[:ATTRIBUTED_TO]->(speaker:Speaker)
WITH triple, statement, article, outlet, nation, head(collect(speaker)) AS speaker
CALL (triple, article) {
  OPTIONAL MATCH (triple)-[:OF_GROUP]->(:StatementGroup)<-[:IN_GROUP]-(:Statement {status: "valid"})<-[:STATES]-(member:Article)
  WITH DISTINCT member.id AS memberId ORDER BY memberId
  WITH collect(memberId) AS members
  RETURN CASE WHEN size(members) = 0 THEN [article.id] ELSE members END AS articleIds
}
RETURN triple.id AS tripleId, triple.question AS question, triple.statement AS statement,
  triple.reverseStatement AS reverseStatement, triple.language AS language, nation.code AS nation, triple.set AS set,
  triple.status AS status, coalesce(triple.checks, []) AS checks, statement.id AS statementId, statement.stance AS stance,
  statement.valueClaim AS valueClaim, statement.spanStart AS spanStart, statement.spanEnd AS spanEnd,
  article.id AS articleId, articleIds, outlet.id AS outletId, speaker.name AS speaker, triple.runId AS runId,
  triple.modelId AS modelId, triple.promptVersion AS promptVersion
ORDER BY nation, set, tripleId;
