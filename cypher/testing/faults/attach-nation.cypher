// Bench only (bench/faults): an ingest scope's outlets get no nation; the fault script attaches them to a Nation of
// its own (code $nation) so the topic stage can read them as one scope.
MERGE (nation:Nation {code: $nation}) SET nation.name = $nation
WITH nation
MATCH (outlet:Outlet) WHERE outlet.id STARTS WITH $scope + ":"
MERGE (outlet)-[:OF_NATION]->(nation)
RETURN count(outlet) AS attached;
