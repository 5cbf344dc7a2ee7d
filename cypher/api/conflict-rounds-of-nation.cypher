// Distinct rounds of the conflict cycles that contain an article of nation $nation, ascending.
MATCH (:Nation {code: $nation})<-[:OF_NATION]-(:Outlet)<-[:PUBLISHED_BY]-(:Article)<-[:CONTAINS]-(cycle:ConflictCycle)
WITH DISTINCT cycle.round AS round
WHERE round IS NOT NULL
RETURN round
ORDER BY round
