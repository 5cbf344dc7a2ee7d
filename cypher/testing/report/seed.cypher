// Report test fixture, beside the API fixture of the same $runId: one conflict round of the run $runId and one Run
// record whose id starts with $runId (labelled ApiTestFixture, so testing/api/remove deletes them too).
CREATE (:ConflictRound:ApiTestFixture {runId: $runId, round: 1, communities: 1, activeLinks: 2, seeds: 1,
  cyclesFound: 1, linksDeactivated: 1, statementsDeactivated: 1, statementsActive: 2, seconds: 0.1, backend: "memory"})
CREATE (run:Run:ApiTestFixture {id: $runId + "-stage", runId: $runId, stage: "test.report", status: "done",
  settingsVersion: "test.report.v1", settingsHash: "0123456789abcdef", versions: '{"prompt":"v1"}', seed: 1,
  startedAt: datetime() - duration({seconds: 3}), finishedAt: datetime(), counts: '{"items":1}'})
RETURN run.id AS id;
