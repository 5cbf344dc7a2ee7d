// SAME_VALUE edges between statements judged to express the same value (embedding similarity, LLM-checked when uncertain).
UNWIND $rows AS row
MATCH (left:Statement {id: row.left})
MATCH (right:Statement {id: row.right})
MERGE (left)-[same:SAME_VALUE {runId: $runId}]->(right)
SET same.similarity = row.similarity, same.verifiedBy = row.verifiedBy, same.stanceAgreement = row.stanceAgreement,
  same.reason = row.reason, same.modelId = row.modelId, same.promptVersion = row.promptVersion;
