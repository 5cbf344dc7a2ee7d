// Lookup indexes for the API's common filters (auditor: cycles by round; browsers: topics and triples by nation),
// and for finding API test fixtures by run id.
CREATE INDEX conflict_cycle_round IF NOT EXISTS FOR (n:ConflictCycle) ON (n.round);
CREATE INDEX triple_nation IF NOT EXISTS FOR (n:Triple) ON (n.nation);
CREATE INDEX topic_nation IF NOT EXISTS FOR (n:Topic) ON (n.nation);
CREATE INDEX api_test_fixture_run IF NOT EXISTS FOR (n:ApiTestFixture) ON (n.runId);
