// How many statements a conflict run judges (its scope, recorded by the graph build as JUDGED_IN).
MATCH (statement:Statement)-[:JUDGED_IN]->(:Run {id: $runId})
RETURN count(statement) AS statements;
