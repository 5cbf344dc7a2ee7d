// The ingest stage (issue 2, hardened in issue 12): corpora and users' files → Nation, Outlet, Article, SourceFile,
// Speaker, Quarantine.
export { ingestCorpora, type IngestCorporaInput } from "./ingest-corpora.js";
export { ingestPath, type IngestPathInput } from "./ingest-path.js";
export { DEFAULTS, READERS_VERSION, type IngestDependencies, type IngestOptions } from "./ingest-sources.js";
export { formatSummary, type IngestCounts, type IngestSummary } from "./summary.js";
export { formatPreview, type PreviewQuarantine, type PreviewRecord } from "./preview.js";
export { fieldMapping, readFieldMapping } from "./field-options.js";
export { outletId } from "./outlets.js";
export { sourceFileName } from "./files.js";
export { checkedUrl } from "./urls.js";
export { articleId, cleanText } from "../text/normalize.js";
export { detectLanguage } from "../text/language.js";
export { NATIONS, resolveNation } from "./nations.js";
export { CORPUS_FOLDERS } from "./corpora-layout.js";
