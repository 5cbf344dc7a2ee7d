// Bench graph (bench/api/build-graph.ts): outlets of the bench graph, each of one nation (a missing nation is created
// and marked with the bench graph, so removal takes it away again). Every node carries benchGraph = $graph.
UNWIND $rows AS row
MERGE (nation:Nation {code: row.nation})
  ON CREATE SET nation.name = row.nation, nation.benchGraph = $graph
MERGE (outlet:Outlet {id: row.id})
SET outlet.name = row.name, outlet.kind = row.kind, outlet.language = "en", outlet.benchGraph = $graph
MERGE (outlet)-[:OF_NATION]->(nation)
RETURN count(outlet) AS outlets;
