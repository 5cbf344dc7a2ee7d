// Records which statements a conflict run judges (its scope) as (:Statement)-[:JUDGED_IN]->(:Run).
MATCH (run:Run {id: $runId})
UNWIND $rows AS statementId
MATCH (statement:Statement {id: statementId})
MERGE (statement)-[:JUDGED_IN]->(run);
