// Ingest lookup indexes: Article kind and first-seen ingest run, Quarantine reason, SourceFile format.
CREATE INDEX article_kind IF NOT EXISTS FOR (n:Article) ON (n.kind);
CREATE INDEX article_ingest_run IF NOT EXISTS FOR (n:Article) ON (n.ingestRunId);
CREATE INDEX quarantine_reason IF NOT EXISTS FOR (n:Quarantine) ON (n.reason);
CREATE INDEX source_file_format IF NOT EXISTS FOR (n:SourceFile) ON (n.format);
