// Lookup indexes for evaluation: EvalRuns by run id and by method.
CREATE INDEX eval_run_run_id IF NOT EXISTS FOR (n:EvalRun) ON (n.runId);
CREATE INDEX eval_run_method IF NOT EXISTS FOR (n:EvalRun) ON (n.method);
