// What every CLI command gets (a pipeline Session): settings, a database session helper, progress and output,
// all created lazily.
import { loadSettings, type Settings } from "../config/settings.js";
import { connectDatabase } from "../database/connect.js";
import type { Session } from "../pipeline/session.js";
import { terminalProgress } from "./progress-bar.js";

/** The CLI's pipeline session: a terminal progress bar, stdout for results, stderr for diagnostics. */
export type CliContext = Session;

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
