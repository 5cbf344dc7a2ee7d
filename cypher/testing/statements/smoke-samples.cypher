// Smoke-run report: one triple per nation and status with its statement, source and span, for a sense check.
MATCH (triple:Triple {runId: $runId})-[:FROM]->(statement:Statement)<-[:STATES]-(article:Article)
OPTIONAL MATCH (statement)-[:ATTRIBUTED_TO]->(speaker:Speaker)
WITH triple, statement, article, speaker ORDER BY triple.id
WITH triple.nation AS nation, triple.status AS status, collect({triple: triple, statement: statement, article: article, speaker: speaker.name})[0] AS first
RETURN nation, status, first.statement.text AS statement, first.statement.stance AS stance, first.statement.valueClaim AS valueClaim,
  first.statement.spanExact AS spanExact, first.statement.source AS source, first.speaker AS speaker,
  first.triple.question AS question, first.triple.reverseStatement AS reverseStatement, first.triple.checks AS checks
ORDER BY nation, status;
