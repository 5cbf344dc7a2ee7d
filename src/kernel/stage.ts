// The stage kernel's vocabulary: how a stage is declared (StageDefinition), what every stage receives (the one
// dependency shape, StageDependencies), what callers may pass (StageOptions), and what a stage's work sees
// (StageContext). Stages only declare; src/kernel/run-stage.ts does the plumbing. See src/kernel/README.md.
import type { z } from "zod";
import type { CypherExecutor } from "../database/executor.js";
import type { LlmPlumbing } from "../llm/llm-call.js";
import type { ChatModel } from "../models/chat/chat-model.js";
import type { EmbeddingCache } from "../models/embedding/embedding-cache.js";
import type { EmbeddingModel } from "../models/embedding/embedding-model.js";
import type { LogLikelihoodScorer } from "../models/likelihood/log-likelihood-scorer.js";
import type { ProgressReporter } from "../shared/progress.js";

/** `<area>.<step>` (statements.extract, conflicts.reduce) or `<area>` for a one-step area (topics, ingest). */
export type StageName = string;

/** The models a stage may use; each stage says which it needs and refuses clearly without them. */
export interface StageModels {
  chat?: ChatModel;
  /** Documents (topics, conflict-graph article links). */
  embedder?: EmbeddingModel;
  /** Statement-level similarity (same-value candidates); stages fall back to `embedder` without it. */
  statementEmbedder?: EmbeddingModel;
  /** Log-likelihood scoring (MC evaluation); `evaluatedTokens` when the backend counts them. */
  scorer?: LogLikelihoodScorer & { evaluatedTokens?: number };
  /** The AJ judge (defaults to the chat model in the CLI). */
  judge?: ChatModel;
}

/** The one dependency shape of every stage. Only `executor` and `models` are required. */
export interface StageDependencies {
  executor: CypherExecutor;
  models: StageModels;
  /** Answer cache, token log and transient-retry policy shared by the stage's LLM calls. */
  llm?: LlmPlumbing;
  /** Embeddings kept per (model id, document id) across runs (the topic stage's corpus embeddings). */
  embeddingCache?: EmbeddingCache;
  progress?: ProgressReporter;
  /** Abort (Ctrl-C): the stage stops between items; what is written stays and a re-run resumes. */
  signal?: AbortSignal;
  /** Diagnostics (stderr in the CLI). */
  log?: (line: string) => void;
}

/** Stages that can run without a database (evaluation of the reference sets) take this shape instead. */
export type OptionalDatabaseDependencies = Omit<StageDependencies, "executor"> & { executor?: CypherExecutor };

/** Plain objects merged deeply, arrays and values replaced. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [Key in keyof T]?: DeepPartial<T[Key]> }
    : T;

/** What a caller may pass to any stage function (the second argument). */
export interface StageOptions<Settings> {
  /** Run id; absent → the one run-id rule (src/kernel/run-id.ts). */
  runId?: string;
  /** Overrides of the stage's settings file, merged over it (objects deeply) and validated again. */
  settings?: DeepPartial<Settings>;
  /** "skip-done" stages: redo items already done by the same prompt version and model. */
  force?: boolean;
  /** "skip-done" stages: redo items whose earlier attempt failed (malformed answers). */
  retryFailed?: boolean;
}

/**
 * What a re-run under the same run id does, recorded on every Run:
 * - "skip-done": items already done (same prompt version and model, or the same content id) are skipped or merged
 *   onto the same nodes; a run id may be reused freely (statements.*, ingest).
 * - "replace": the run's output is written again over the same ids (topics, conflicts.graph, evaluation, import).
 * - "replay-same-settings": the run's earlier decisions are reset (the stage's `reset`) and replayed; refused when
 *   the settings hash differs from the one recorded for that run id (conflicts.reduce).
 */
export type ResumeRule = "skip-done" | "replace" | "replay-same-settings";

/** A versioned settings file: `src/<area>/settings/<file>.v<version>.json`, validated by `schema`. */
export interface SettingsFileReference<Settings> {
  area: string;
  file: string;
  version: number;
  schema: z.ZodType<Settings>;
  /** Folder holding `<area>/settings/` (default `src/`; tests point elsewhere). */
  root?: string;
}

/** Named counters recorded on the Run (token totals are added by the kernel). */
export type Counts = Record<string, number>;

export interface StageContext<Input, Settings, Dependencies = StageDependencies> {
  input: Input;
  /** The settings file merged with the caller's overrides, validated. */
  settings: Settings;
  settingsVersion: string;
  settingsHash: string;
  runId: string;
  options: StageOptions<Settings>;
  dependencies: Dependencies;
  progress: ProgressReporter;
  llm: LlmPlumbing;
  log: (line: string) => void;
  signal: AbortSignal | undefined;
  /** Recorded on the Run when the stage ends (done or failed). */
  counts: Counts;
  /** Something the user must know although the stage did not fail (e.g. nothing found): logged and kept on the Run. */
  warn(message: string): void;
}

export interface StageDefinition<Input, Settings, Output, Dependencies = StageDependencies> {
  name: StageName;
  settings: SettingsFileReference<Settings>;
  resume: ResumeRule;
  /** The run id the caller chose (e.g. input.runId, or a parent run's derived id); absent → newRunId(name). */
  runId?(input: Input, options: StageOptions<Settings>): string | undefined;
  /**
   * Model, prompt and data versions that shape the output (the settings version is added by the kernel); may look
   * them up in the graph (e.g. the calibration of the judge a stage uses).
   */
  versions(
    input: Input,
    settings: Settings,
    dependencies: Dependencies,
  ): Record<string, string> | Promise<Record<string, string>>;
  /** Facts about the input worth keeping on the Run (counts, scope, ids); the resolved settings are added. */
  describeInput?(input: Input): Record<string, unknown>;
  /** The seed recorded on the Run. */
  seed?(settings: Settings): number | undefined;
  /** False when no Run is recorded (a dry run, an evaluation without a database). Default: true. */
  records?(input: Input, settings: Settings, dependencies: Dependencies): boolean;
  /** "replay-same-settings": undoes the run's earlier decisions before `run` replays them. */
  reset?(context: StageContext<Input, Settings, Dependencies>): Promise<void>;
  run(context: StageContext<Input, Settings, Dependencies>): Promise<Output>;
}
