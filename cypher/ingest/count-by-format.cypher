// Counts source files, source records, distinct Articles and quarantined records per corpus format, for `navab stats`.
MATCH (file:SourceFile)
OPTIONAL MATCH (article:Article)-[record:FROM_FILE]->(file)
WITH file.format AS format, count(DISTINCT file) AS files, count(DISTINCT article) AS articles, count(record) AS records
OPTIONAL MATCH (quarantine:Quarantine {format: format})
RETURN format, files, records, articles, count(quarantine) AS quarantined
ORDER BY format;
