// Counts what ingest holds for the given source files: Articles, provenance records, Quarantine, Speakers, Q/A links.
MATCH (file:SourceFile) WHERE file.id IN $fileIds
OPTIONAL MATCH (article:Article)-[record:FROM_FILE]->(file)
OPTIONAL MATCH (article)-[spoken:SPOKEN_BY]->(:Speaker)
OPTIONAL MATCH (article)-[answers:ANSWERS]->(:Article)
WITH count(DISTINCT article) AS articles, count(DISTINCT record) AS records, count(DISTINCT spoken) AS spoken, count(DISTINCT answers) AS answers
OPTIONAL MATCH (quarantine:Quarantine) WHERE quarantine.file IN $fileIds
RETURN articles, records, spoken, answers, count(quarantine) AS quarantined;
