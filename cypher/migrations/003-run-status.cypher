// Runs are looked up by status when the stage kernel fails the runs of dead processes.
CREATE INDEX run_status IF NOT EXISTS FOR (n:Run) ON (n.status);
