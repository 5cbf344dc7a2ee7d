// The conflict cycles of round $round that contain an article of nation $nation, by id (the auditor's cycle list),
// walking from the nation's index entry instead of checking every cycle of the round. Paging is @neo4j/graphql's
// (the field's limit/offset, capped by ConflictCycle's @limit).
MATCH (:Nation {code: $nation})<-[:OF_NATION]-(:Outlet)<-[:PUBLISHED_BY]-(:Article)<-[:CONTAINS]-(cycle:ConflictCycle)
WHERE cycle.round = $round
WITH DISTINCT cycle
ORDER BY cycle.id
RETURN cycle
