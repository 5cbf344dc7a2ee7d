// The Quarantine nodes of the given source files, by position.
MATCH (quarantine:Quarantine) WHERE quarantine.file IN $fileIds
RETURN quarantine.file AS file, quarantine.position AS position, quarantine.reason AS reason, quarantine.detail AS detail
ORDER BY file, position;
