// Node properties Neo4j can seek by (online RANGE indexes and uniqueness constraints; the first property of a
// composite index), for the API's cost estimate: a filter on one of them is narrowed by an index, not a scan.
SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties, state
WHERE type = "RANGE" AND entityType = "NODE" AND state = "ONLINE"
RETURN labelsOrTypes[0] AS label, properties[0] AS property
