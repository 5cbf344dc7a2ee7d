// Worker threads for the UMAP layout (layout-worker.ts runs in each): every worker owns a fixed set of partitions;
// an epoch is one message to each worker and one answer back. A worker that fails or exits — during an epoch or
// between two — rejects the current or next epoch at once; nothing waits forever, and the pool is terminated by
// its owner (optimize-layout.ts) in every case.
import type { Worker } from "node:worker_threads";
import { PARTITIONS, type LayoutData } from "./layout.js";
import { typescriptWorker } from "./typescript-worker.js";

export interface LayoutPool {
  epoch(epoch: number): Promise<void>;
  close(): Promise<void>;
}

interface LayoutThread {
  worker: Worker;
  run(epoch: number): Promise<void>;
}

export function startLayoutPool(data: LayoutData, count: number): LayoutPool {
  const pool: LayoutThread[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const parts = Array.from({ length: PARTITIONS }, (_, part) => part).filter((part) => part % count === index);
      pool.push(layoutThread(typescriptWorker(new URL("./layout-worker.ts", import.meta.url), { data, parts })));
    }
  } catch (error) {
    void Promise.all(pool.map((thread) => thread.worker.terminate()));
    throw error;
  }
  return {
    epoch: async (epoch) => {
      await Promise.all(pool.map((thread) => thread.run(epoch)));
    },
    close: async () => {
      await Promise.all(pool.map((thread) => thread.worker.terminate()));
    },
  };
}

function layoutThread(worker: Worker): LayoutThread {
  let failure: Error | undefined;
  let waiting: { epoch: number; resolve: () => void; reject: (error: Error) => void } | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    const pending = waiting;
    waiting = undefined;
    pending?.reject(failure);
  };
  worker.on("message", (done: number) => {
    const pending = waiting;
    waiting = undefined;
    if (pending === undefined) return;
    if (done === pending.epoch) pending.resolve();
    else pending.reject(new Error(`layout worker answered epoch ${done}, expected ${pending.epoch}`));
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`layout worker exited (code ${code})`)));
  return {
    worker,
    run: (epoch) =>
      failure !== undefined
        ? Promise.reject(failure)
        : new Promise((resolve, reject) => {
            waiting = { epoch, resolve, reject };
            worker.postMessage(epoch);
          }),
  };
}
