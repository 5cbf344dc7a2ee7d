// What every CLI command gets: settings, a database session helper, progress and output, all created lazily.
import { loadSettings, type Settings } from "../config/settings.js";
import { connectDatabase } from "../database/connect.js";
import type { CypherExecutor } from "../database/executor.js";
import type { ProgressReporter } from "../shared/progress.js";
import { terminalProgress } from "./progress-bar.js";

export interface CliContext {
  settings(): Settings;
  /** Runs `work` with a connected, migrated executor and closes it afterwards. */
  withDatabase<T>(work: (executor: CypherExecutor, settings: Settings) => Promise<T>): Promise<T>;
  progress: ProgressReporter;
  print(line: string): void;
  /** Diagnostics go to stderr so stdout stays machine-readable. */
  log(line: string): void;
}

export function createCliContext(): CliContext {
  let settings: Settings | undefined;
  const context: CliContext = {
    settings: () => (settings ??= loadSettings()),
    async withDatabase(work) {
      const executor = await connectDatabase(context.settings(), { log: context.log });
      try {
        return await work(executor, context.settings());
      } finally {
        await executor.close();
      }
    },
    progress: terminalProgress(),
    print: (line) => process.stdout.write(`${line}\n`),
    log: (line) => process.stderr.write(`${line}\n`),
  };
  return context;
}
