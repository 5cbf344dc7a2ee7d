// Merges rejected input records (id = hash of file, position, reason) so re-runs never duplicate them; an entry of the same record with another reason is replaced; existed = made by an earlier run.
UNWIND $rows AS row
CALL (row) {
  MATCH (stale:Quarantine {file: row.file, position: row.position}) WHERE stale.id <> row.id
  DETACH DELETE stale
}
MERGE (quarantine:Quarantine {id: row.id})
ON CREATE SET quarantine.file = row.file, quarantine.position = row.position, quarantine.reason = row.reason,
  quarantine.detail = row.detail, quarantine.raw = row.raw, quarantine.format = row.format,
  quarantine.ingestRunId = $runId, quarantine.quarantinedAt = datetime()
RETURN row.id AS id, quarantine.ingestRunId <> $runId AS existed;
