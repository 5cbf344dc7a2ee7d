// Valid statements with a stance (optionally of some nations / one statement run), with article, nation, speakers, organisations.
MATCH (article:Article)-[:STATES]->(statement:Statement)
WHERE coalesce(statement.status, "valid") = "valid" AND statement.stance IN ["support", "oppose"]
  AND ($statementRunId IS NULL OR statement.runId = $statementRunId)
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(nation:Nation)
WITH article, statement, nation
WHERE $nations IS NULL OR nation.code IN $nations
OPTIONAL MATCH (statement)-[:ATTRIBUTED_TO]->(speaker:Speaker)
OPTIONAL MATCH (speaker)-[:MEMBER_OF]->(organization:Organization)
RETURN statement.id AS id, coalesce(statement.text, "") AS text, coalesce(statement.valueClaim, "") AS valueClaim,
  statement.stance AS stance, coalesce(statement.language, article.language, "en") AS language, article.id AS articleId,
  coalesce(nation.code, "unknown") AS nation, collect(DISTINCT speaker.id) AS speakers,
  collect(DISTINCT organization.id) AS organizations
ORDER BY id;
