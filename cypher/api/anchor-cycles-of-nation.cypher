// Filter anchor (src/api/filter-anchors.ts): ids of the conflict cycles containing an article of nation $value, at
// most $limit, walking from the nation instead of checking every cycle.
MATCH (:Nation {code: $value})<-[:OF_NATION]-(:Outlet)<-[:PUBLISHED_BY]-(:Article)<-[:CONTAINS]-(cycle:ConflictCycle)
RETURN DISTINCT cycle.id AS id
LIMIT $limit
