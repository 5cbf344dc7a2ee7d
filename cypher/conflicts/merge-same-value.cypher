// SAME_VALUE edges between statements judged to express the same value claim (embedding similarity, checked by the
// same-value judge when uncertain), with the sign the pair got (+1 agree, −1 disagree; null: a side is neutral).
UNWIND $rows AS row
MATCH (left:Statement {id: row.left})
MATCH (right:Statement {id: row.right})
MERGE (left)-[same:SAME_VALUE {runId: $runId}]->(right)
SET same.similarity = row.similarity, same.verifiedBy = row.verifiedBy, same.sign = row.sign,
  same.reason = row.reason, same.modelId = row.modelId, same.promptVersion = row.promptVersion;
