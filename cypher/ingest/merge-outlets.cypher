// Merges Outlets (first-seen properties kept) and links each to its Nation when it has one of the five.
UNWIND $rows AS row
MERGE (outlet:Outlet {id: row.id})
ON CREATE SET outlet.name = row.name, outlet.kind = row.kind, outlet.country = row.country, outlet.language = row.language,
  outlet.ingestRunId = $runId
WITH outlet, row
CALL (outlet, row) {
  WITH outlet, row WHERE row.nation IS NOT NULL
  MATCH (nation:Nation {code: row.nation})
  MERGE (outlet)-[:OF_NATION]->(nation)
}
RETURN count(outlet) AS outlets;
