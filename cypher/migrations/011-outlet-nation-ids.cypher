// Outlet identity includes its nation (issue 12 item 5): the Outlets ingest made get the id "<name slug>@<nation code in lower case>" ("@none" for outlets that count for no nation), what src/ingest/outlets.ts now computes. Outlets made by other stages (imported triples, fixtures) keep their ids. Topic.outlet and TopicMap.outlet keep the id their run was given.
MATCH (outlet:Outlet) WHERE outlet.ingestRunId IS NOT NULL AND NOT outlet.id CONTAINS "@"
OPTIONAL MATCH (outlet)-[:OF_NATION]->(nation:Nation)
WITH outlet, min(nation.code) AS code
SET outlet.id = outlet.id + "@" + toLower(coalesce(code, "none"));
