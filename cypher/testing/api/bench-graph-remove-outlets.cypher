// Bench graph: removes its outlets, and the nations it created (never a nation that existed before it).
OPTIONAL MATCH (outlet:Outlet) WHERE outlet.benchGraph = $graph
DETACH DELETE outlet
WITH count(outlet) AS outlets
OPTIONAL MATCH (nation:Nation) WHERE nation.benchGraph = $graph
DETACH DELETE nation
RETURN outlets, count(nation) AS nations;
