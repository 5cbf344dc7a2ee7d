// Removes the Runs of one kernel test (ids start with its prefix).
MATCH (run:Run)
WHERE run.id STARTS WITH $prefix
DETACH DELETE run;
