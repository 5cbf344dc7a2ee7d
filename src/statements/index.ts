// The statement pipeline's public surface for the CLI, the API and the demo orchestrator.
export { screenTopics } from "./screening.js";
export { reviewTopic, listTopicDecisions, acceptedTopics, type TopicDecision } from "./review.js";
export { selectArticles, type ArticleSelection } from "./select-articles.js";
export { extractStatements, type ExtractionOptions } from "./extraction.js";
export { judgeSources } from "./source-judgment.js";
export { buildTriples } from "./triples.js";
export { exportTriples, type ExportOptions } from "./export-triples.js";
export { importTriples, parseTripleFile, type ImportOptions } from "./import-triples.js";
export { tripleRecordSchema, type TripleRecord } from "./triple-record.js";
export type { StageDependencies, StageCommonOptions, StageResult } from "./types.js";
export { runStatementPipeline } from "./pipeline.js";
