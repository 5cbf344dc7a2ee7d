// Test fixture of test/integration/api/filter-plans: $count bare nodes of each large label under $runId (labelled
// ApiTestFixture, so fixture-remove deletes them), so that on an almost empty test database Neo4j's planner sees
// label sizes where an index seek is the right plan, as it is on any real graph.
UNWIND range(1, $count) AS number
CREATE (:Article:ApiTestFixture {id: $runId + "-ballast-" + number, runId: $runId})
CREATE (:Triple:ApiTestFixture {id: $runId + "-ballast-" + number, runId: $runId, nation: $runId, set: "quoted"})
CREATE (:ConflictCycle:ApiTestFixture {id: $runId + "-ballast-" + number, runId: $runId, round: 99})
CREATE (:Statement:ApiTestFixture {id: $runId + "-ballast-" + number, runId: $runId})
CREATE (:Topic:ApiTestFixture {id: $runId + "-ballast-" + number, runId: $runId, nation: $runId})
RETURN count(*) AS created
