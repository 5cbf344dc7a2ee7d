// Test of test/integration/api/filter-plans: asks Neo4j to resample the indexes that changed a lot (the ballast just
// written), so the planner's estimates describe the data the plans are checked on.
CALL db.resampleOutdatedIndexes()
