// Statement stage schema: extraction markers (resumability), lookups by run, status and provenance versions.
CREATE CONSTRAINT statement_extraction_id IF NOT EXISTS FOR (n:StatementExtraction) REQUIRE n.id IS UNIQUE;
CREATE INDEX statement_run_id IF NOT EXISTS FOR (n:Statement) ON (n.runId);
CREATE INDEX statement_status IF NOT EXISTS FOR (n:Statement) ON (n.status);
CREATE INDEX triple_run_id IF NOT EXISTS FOR (n:Triple) ON (n.runId);
CREATE INDEX triple_status IF NOT EXISTS FOR (n:Triple) ON (n.status);
CREATE INDEX triple_set IF NOT EXISTS FOR (n:Triple) ON (n.nation, n.set);
CREATE INDEX statement_extraction_versions IF NOT EXISTS FOR (n:StatementExtraction) ON (n.promptVersion, n.modelId);
