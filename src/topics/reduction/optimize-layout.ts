// Runs the UMAP layout epochs (layout.ts) in this thread or spread over worker threads. Both give identical
// bits (partitions, not threads, define the computation), so the thread count is a speed setting only.
// Small inputs stay in this thread: starting workers (each loads the TypeScript sources) costs ~0.5 s.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { silentProgress, type ProgressReporter } from "../../shared/progress.js";
import { finishEpoch, PARTITIONS, partitionRandom, runPartitionEpoch, type LayoutData } from "./layout.js";

/** Below this many points the layout runs in the calling thread. */
export const THREAD_MINIMUM = 8000;

export function defaultThreads(): number {
  return Math.min(PARTITIONS, availableParallelism());
}

export interface LayoutRunOptions {
  threads?: number;
  progress?: ProgressReporter;
  /** Fewer points than this run in the calling thread (default THREAD_MINIMUM). */
  threadMinimum?: number;
}

export async function optimizeLayout(data: LayoutData, options: LayoutRunOptions = {}): Promise<void> {
  const progress = options.progress ?? silentProgress;
  const workers = Math.min(PARTITIONS, Math.max(1, Math.floor(options.threads ?? defaultThreads())));
  const threaded = workers > 1 && data.vertices >= (options.threadMinimum ?? THREAD_MINIMUM);
  const run = threaded ? await workerRunner(data, workers) : localRunner(data);
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

interface Runner {
  epoch(epoch: number): Promise<void>;
  close(): Promise<void>;
}

function localRunner(data: LayoutData): Runner {
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

async function workerRunner(data: LayoutData, count: number): Promise<Runner> {
  // The worker registers tsx itself (hooks given by --import do not reach a worker's entry module).
  const bootstrap = `(async () => {
    const { register } = await import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))});
    register();
    await import(${JSON.stringify(new URL("./layout-worker.ts", import.meta.url).href)});
  })();`;
  const pool = Array.from({ length: count }, (_, index) => {
    const parts = Array.from({ length: PARTITIONS }, (_, part) => part).filter((part) => part % count === index);
    return new Worker(bootstrap, { eval: true, workerData: { data, parts }, execArgv: [] });
  });
  const answer = (worker: Worker, epoch: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const settle = (error?: Error): void => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (error) reject(error);
        else resolve();
      };
      const onMessage = (done: number): void =>
        settle(done === epoch ? undefined : new Error(`layout worker answered epoch ${done}, expected ${epoch}`));
      const onError = (error: Error): void => settle(error);
      const onExit = (code: number): void =>
        settle(new Error(`layout worker exited (code ${code}) during epoch ${epoch}`));
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(epoch);
    });
  return {
    epoch: async (epoch) => {
      await Promise.all(pool.map((worker) => answer(worker, epoch)));
    },
    close: async () => {
      await Promise.all(pool.map((worker) => worker.terminate()));
    },
  };
}
