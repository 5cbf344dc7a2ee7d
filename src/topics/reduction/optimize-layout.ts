// Runs the UMAP layout epochs (layout.ts) in this thread or spread over worker threads. Both give identical
// bits (partitions, not threads, define the computation), so the thread count is a speed setting only.
// Small inputs stay in this thread: starting workers (each loads the TypeScript sources) costs ~0.5 s.
import { availableParallelism } from "node:os";
import { silentProgress, type ProgressReporter } from "../../shared/progress.js";
import { finishEpoch, PARTITIONS, partitionRandom, runPartitionEpoch, type LayoutData } from "./layout.js";
import { startLayoutPool, type LayoutPool } from "./layout-workers.js";

/** Below this many points the layout runs in the calling thread. */
export const THREAD_MINIMUM = 8000;

export function defaultThreads(): number {
  return availableParallelism();
}

/** Workers used for a thread budget: 1, 2 or 4, so every worker runs the same number of partitions. */
export function workerCount(threads: number): number {
  return threads >= 4 ? 4 : threads >= 2 ? 2 : 1;
}

export interface LayoutRunOptions {
  threads?: number;
  progress?: ProgressReporter;
  /** Fewer points than this run in the calling thread (default THREAD_MINIMUM). */
  threadMinimum?: number;
}

export async function optimizeLayout(data: LayoutData, options: LayoutRunOptions = {}): Promise<void> {
  const progress = options.progress ?? silentProgress;
  const workers = workerCount(options.threads ?? defaultThreads());
  const threaded = workers > 1 && data.vertices >= (options.threadMinimum ?? THREAD_MINIMUM);
  const run = threaded ? startLayoutPool(data, workers) : localRunner(data);
  progress.start("umap: layout", data.epochs);
  try {
    for (let epoch = 0; epoch < data.epochs; epoch += 1) {
      data.snapshot.set(data.embedding);
      await run.epoch(epoch);
      finishEpoch(data);
      if (epoch % 10 === 9) progress.update(epoch + 1);
    }
  } finally {
    await run.close();
    progress.stop();
  }
}

function localRunner(data: LayoutData): LayoutPool {
  const randoms = Array.from({ length: PARTITIONS }, (_, part) => partitionRandom(data, part));
  return {
    epoch: async (epoch) => {
      randoms.forEach((random, part) => runPartitionEpoch(data, part, epoch, random));
      // Let timers and progress output run between epochs.
      if (epoch % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
    },
    close: async () => {},
  };
}
