// Merges Outlets by id (name slug @ nation, so an ingest never moves an outlet to another nation); first-seen properties kept; lists the other outlets of the same name.
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
RETURN row.id AS id, row.name AS name, row.nation AS nation, outlet.ingestRunId = $runId AS created,
  COLLECT {
    MATCH (other:Outlet {name: row.name}) WHERE other.id <> row.id
    OPTIONAL MATCH (other)-[:OF_NATION]->(otherNation:Nation)
    RETURN other.id + " (" + coalesce(otherNation.code, "no nation") + ")"
  } AS others;
