// One triple's provenance path in one query: triple → statement → article → outlet → nation (and speaker, if quoted).
MATCH (triple:Triple {id: $tripleId})-[:FROM]->(statement:Statement)<-[:STATES]-(article:Article)
      -[:PUBLISHED_BY]->(outlet:Outlet)-[:OF_NATION]->(nation:Nation)
OPTIONAL MATCH (statement)-[:ATTRIBUTED_TO]->(speaker:Speaker)
RETURN triple.id AS tripleId, statement.id AS statementId, article.id AS articleId, outlet.id AS outletId,
  nation.code AS nation, speaker.name AS speaker;
