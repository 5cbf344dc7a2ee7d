// Bench only (bench/faults): removes one fault-script namespace's derived nodes — Topics, TopicMaps, Triples,
// Statements, StatementExtractions, EvalRuns, ConflictCycles and ConflictRounds of run ids starting with $prefix, those Runs, and its Nation (ingest scopes go through ingest/delete-scope).
MATCH (node)
WHERE (node:Topic OR node:TopicMap OR node:Triple OR node:Statement OR node:StatementExtraction OR node:EvalRun
     OR node:ConflictCycle OR node:ConflictRound)
     AND node.runId STARTS WITH $prefix
   OR node:Run AND node.id STARTS WITH $prefix
   OR node:Nation AND node.code = $prefix
DETACH DELETE node
RETURN count(*) AS deleted;
