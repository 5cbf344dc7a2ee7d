// Every statement a conflict run judged (its scope): the variant without conflict reduction (the ablation).
MATCH (statement:Statement)-[:JUDGED_IN]->(:Run {id: $runId})
RETURN statement.id AS id
ORDER BY id;
