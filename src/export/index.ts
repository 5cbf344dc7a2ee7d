// Public surface of the export stage (for the CLI, the API and the demo orchestrator).
export {
  exportDpo,
  DPO_EXPORT_DEFAULTS,
  DPO_VARIANTS,
  type DpoExportInput,
  type DpoExportOptions,
  type DpoExportOutput,
  type DpoVariant,
} from "./export-dpo.js";
export { exportBenchmark } from "./export-benchmark.js";
export { DPO_FORMATS, type DpoFormat } from "./formats/writers.js";
export { validateExport, ExportValidationError } from "./formats/validate-export.js";
export {
  readGraphPreferenceRows,
  itemsToPreferenceRows,
  type GraphPreferenceFilter,
  type PreferenceRow,
} from "./preference-rows.js";
export { splitByArticle, variantSplit, type Split } from "./split-by-article.js";
export { readSplitManifest, splitManifest, type SplitManifest } from "./split-manifest.js";
