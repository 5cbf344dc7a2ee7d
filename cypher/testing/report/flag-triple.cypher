// Marks one fixture Triple as flagged by the given automatic checks (the flagged-triples test).
MATCH (triple:Triple {id: $tripleId})
SET triple.status = "flagged", triple.checks = $checks
RETURN triple.id AS id;
