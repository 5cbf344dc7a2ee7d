// The canonical value claims of a conflict graph: one ValueClaim per cluster (its canonical member's text, how and why
// it was chosen) and every member's stance toward it as (:Statement)-[:STANCE_ON {runId, stance, verdict}]->(claim).
UNWIND $rows AS row
MATCH (canonical:Statement {id: row.statementId})
MERGE (claim:ValueClaim {id: row.id})
SET claim.runId = $runId, claim.text = canonical.text, claim.statementId = row.statementId, claim.method = row.method,
  claim.why = row.why, claim.centrality = row.centrality, claim.members = row.members
WITH claim, row
UNWIND row.stances AS member
MATCH (statement:Statement {id: member.statementId})
MERGE (statement)-[stance:STANCE_ON {runId: $runId}]->(claim)
SET stance.stance = member.stance, stance.verdict = member.verdict, stance.reason = member.reason,
  stance.modelId = $judgeModelId, stance.promptVersion = $judgePromptVersion;
