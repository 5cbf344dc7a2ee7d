// A cross-process lock on a folder name (mkdir is atomic), with stale-lock recovery after a crash.
import { mkdirSync, rmSync, statSync } from "node:fs";

const sleep = (milliseconds: number): Promise<void> => new Promise((done) => setTimeout(done, milliseconds));

/** Runs `work` while holding the lock; waits up to `timeoutMilliseconds` for other holders. */
export async function withFileLock<T>(path: string, work: () => Promise<T>, timeoutMilliseconds = 300_000): Promise<T> {
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    try {
      mkdirSync(path);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const stats = statSync(path, { throwIfNoEntry: false });
      const age = stats === undefined ? 0 : Date.now() - stats.mtimeMs;
      if (age > timeoutMilliseconds) rmSync(path, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${path}`);
      else await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}
