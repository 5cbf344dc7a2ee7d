// Writes one SCORED relation per evaluated Triple for an EvalRun (batched: $rows of {tripleId, properties}).
UNWIND $rows AS row
MATCH (evalRun:EvalRun {id: $evalRunId})
MATCH (triple:Triple {id: row.tripleId})
MERGE (evalRun)-[scored:SCORED]->(triple)
SET scored += row.properties
RETURN count(scored) AS written;
