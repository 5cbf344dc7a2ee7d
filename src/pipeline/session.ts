// What every pipeline step gets from its caller (the CLI, the demo): settings, a database session helper, progress
// and output. The CLI builds one per process (src/cli/context.ts); tests can build their own. Under
// `navab batch run` it also carries the batch collector that sends the steps' LLM calls to the Batch API.
import type { Settings } from "../config/settings.js";
import type { CypherExecutor } from "../database/executor.js";
import type { BatchCollector } from "../llm/batch/batch-collector.js";
import type { ProgressReporter } from "../shared/progress.js";

export interface Session {
  settings(): Settings;
  /** Runs `work` with a connected, migrated executor and closes it afterwards. */
  withDatabase<T>(work: (executor: CypherExecutor, settings: Settings) => Promise<T>): Promise<T>;
  progress: ProgressReporter;
  print(line: string): void;
  /** Diagnostics go to stderr so stdout stays machine-readable. */
  log(line: string): void;
  /** Set by `navab batch run`: the steps' LLM calls go to the Batch API (src/llm/batch). */
  batch?: BatchCollector;
}
