// The stage kernel's public surface (see README.md): declare a stage, run it, and the helpers stages use.
export { runStage, stageFunction } from "./run-stage.js";
export { newRunId, runIdFor, derivedRunId } from "./run-id.js";
export { settingsFile, resolveSettings, mergeSettings, settingsHash } from "./settings-file.js";
export { count, forEachItem, llmCallOptions, promptAndChatVersions, requireModel } from "./stage-helpers.js";
export { executionSettings, llmStepSettings } from "./settings-schemas.js";
export type {
  Counts,
  DeepPartial,
  OptionalDatabaseDependencies,
  ResumeRule,
  SettingsFileReference,
  StageContext,
  StageDefinition,
  StageDependencies,
  StageModels,
  StageName,
  StageOptions,
} from "./stage.js";
