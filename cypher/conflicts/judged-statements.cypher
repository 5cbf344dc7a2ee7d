// Every statement a conflict run judged (its scope): the triple builder's input without conflict reduction.
MATCH (statement:Statement)-[:JUDGED_IN]->(:Run {id: $runId})
RETURN statement.id AS id
ORDER BY id;
