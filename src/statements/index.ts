// The statement pipeline's public surface for the CLI, the API and the demo orchestrator.
export { screenTopics, screeningStage, type ScreeningSettings } from "./screening.js";
export { reviewTopic, listTopicDecisions, acceptedTopics, type TopicDecision } from "./review.js";
export { selectArticles, type ArticleSelection } from "./select-articles.js";
export { extractStatements, extractionStage, type ExtractionSettings } from "./extraction.js";
export { judgeSources, sourceJudgmentStage, type SourceJudgmentSettings } from "./source-judgment.js";
export { buildTriples, tripleStage, type TripleSettings } from "./triples.js";
export { exportTriples, type ExportOptions } from "./export-triples.js";
export { importTriples, importStage, parseTripleFile, type ImportSettings } from "./import-triples.js";
export { tripleRecordSchema, type TripleRecord } from "./triple-record.js";
export type { StageResult } from "./types.js";
export { runStatementPipeline, type StatementPipelineOptions } from "./pipeline.js";
