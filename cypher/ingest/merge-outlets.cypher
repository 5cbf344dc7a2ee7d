// Merges Outlets (first-seen properties kept); the row's nation is authoritative for OF_NATION (none when null).
UNWIND $rows AS row
MERGE (outlet:Outlet {id: row.id})
ON CREATE SET outlet.name = row.name, outlet.kind = row.kind, outlet.country = row.country, outlet.language = row.language,
  outlet.ingestRunId = $runId
WITH outlet, row
CALL (outlet, row) {
  MATCH (outlet)-[stale:OF_NATION]->(other:Nation) WHERE row.nation IS NULL OR other.code <> row.nation
  DELETE stale
}
CALL (outlet, row) {
  WITH outlet, row WHERE row.nation IS NOT NULL
  MATCH (nation:Nation {code: row.nation})
  MERGE (outlet)-[:OF_NATION]->(nation)
}
RETURN count(outlet) AS outlets;
