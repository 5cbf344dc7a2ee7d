// The warnings the graph build and the reduction of a conflict run recorded on their Runs.
MATCH (run:Run)
WHERE run.id IN [$runId, $runId + ":reduce"]
UNWIND coalesce(run.warnings, []) AS warning
RETURN warning
ORDER BY run.id, warning;
