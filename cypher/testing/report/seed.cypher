// Report test fixture, beside the API fixture of the same $runId: one conflict round of the run $runId, one Run
// record whose id starts with $runId and one judge calibration (labelled ApiTestFixture, so testing/api/remove
// deletes them too).
CREATE (:ConflictRound:ApiTestFixture {runId: $runId, round: 1, communities: 1, activeLinks: 2, seeds: 1,
  cyclesFound: 1, linksDeactivated: 1, statementsDeactivated: 1, statementsActive: 2, seconds: 0.1, backend: "memory"})
CREATE (run:Run:ApiTestFixture {id: $runId + "-stage", runId: $runId, stage: "test.report", status: "done",
  settingsVersion: "test.report.v1", settingsHash: "0123456789abcdef", versions: '{"prompt":"v1"}', seed: 1,
  startedAt: datetime() - duration({seconds: 3}), finishedAt: datetime(), counts: '{"items":1}'})
CREATE (:JudgeCalibration:ApiTestFixture {id: $runId + "-calibration", runId: $runId, task: "contradiction",
  judgeModelId: "fake-judge-" + $runId, promptVersion: "v1", accuracy: 0.75, low: 0.5, high: 0.9, n: 40, at: datetime()})
RETURN run.id AS id;
