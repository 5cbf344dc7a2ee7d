// Test data only: one nation ($nation) with an outlet, articles stating statements ($statements: id, text, kept),
// all judged by conflict run $runId, those with kept = false deactivated by one of its cycles, and SAME_VALUE pairs
// ($pairs: left, right) of that run.
MERGE (nation:Nation {code: $nation}) ON CREATE SET nation.testRunId = $runId, nation.name = "Testland"
CREATE (outlet:Outlet {id: $runId + "-outlet", name: "test outlet", testRunId: $runId})-[:OF_NATION]->(nation)
CREATE (run:Run {id: $runId, stage: "conflicts.graph"})
CREATE (cycle:ConflictCycle {id: $runId + "-cycle", runId: $runId, round: 1})
WITH outlet, run, cycle
UNWIND $statements AS row
CREATE (article:Article {id: $runId + "-a-" + row.id, title: "test", text: "test", testRunId: $runId})-[:PUBLISHED_BY]->(outlet)
CREATE (statement:Statement {id: row.id, runId: $runId, text: row.text, status: "valid", stance: "support"})
CREATE (article)-[:STATES]->(statement)
CREATE (statement)-[:JUDGED_IN]->(run)
FOREACH (_ IN CASE WHEN row.kept THEN [] ELSE [1] END | CREATE (cycle)-[:DEACTIVATED {round: 1}]->(statement))
WITH count(*) AS created
UNWIND $pairs AS pair
MATCH (left:Statement {id: pair.left}), (right:Statement {id: pair.right})
CREATE (left)-[:SAME_VALUE {runId: $runId}]->(right)
RETURN count(*) AS pairs;
