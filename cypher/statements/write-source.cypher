// Records a statement's source (quoted/official or failed) and links quoted ones to their Speaker and Organization.
MATCH (statement:Statement {id: $statementId})
OPTIONAL MATCH (statement)-[stale:ATTRIBUTED_TO]->(:Speaker)
DELETE stale
WITH DISTINCT statement
SET statement.source = $source, statement.sourceStatus = $status, statement.sourceBy = $by, statement.sourceRaw = $raw,
  statement.sourceError = $error, statement.sourcePromptVersion = $promptVersion, statement.sourceModelId = $modelId,
  statement.sourceRunId = $runId
WITH statement
CALL (statement) {
  WITH statement WHERE $speakerId IS NOT NULL
  MERGE (speaker:Speaker {id: $speakerId})
  ON CREATE SET speaker.name = $speakerName, speaker.runId = $runId
  MERGE (statement)-[:ATTRIBUTED_TO]->(speaker)
  WITH speaker WHERE $organizationId IS NOT NULL
  MERGE (organization:Organization {id: $organizationId})
  ON CREATE SET organization.name = $organizationName, organization.runId = $runId
  MERGE (speaker)-[:MEMBER_OF]->(organization)
}
RETURN statement.id AS id, statement.source AS source;
