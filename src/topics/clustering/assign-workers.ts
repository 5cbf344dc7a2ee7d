// Runs sample-and-assign over pages of new points, in this thread or over worker threads (assign-worker.ts): the
// model is copied once into shared memory, each page is cut into one contiguous share per worker. Results do not
// depend on the thread count (every point has its own random stream). A worker that fails or exits rejects the
// page at once; `close` terminates the workers in every case.
import type { Worker } from "node:worker_threads";
import { typescriptWorker } from "../reduction/typescript-worker.js";
import { assignRange, pageRows, type AssignmentModel, type AssignmentPage } from "./assign-points.js";
import { sharedCopy } from "./shared-arrays.js";

export interface AssignmentRunner {
  /** Fills the page's embedding, labels and probabilities. */
  assign(page: AssignmentPage): Promise<void>;
  close(): Promise<void>;
}

/** Pages smaller than this run in the calling thread even with workers (posting costs more than it saves). */
const THREAD_MINIMUM_ROWS = 64;

export function startAssignment(model: AssignmentModel, threads: number): AssignmentRunner {
  const inline = async (page: AssignmentPage): Promise<void> => assignRange(model, page, 0, pageRows(model, page));
  if (threads <= 1) return { assign: inline, close: async () => {} };
  // Workers start with the first page large enough to share (each loads the sources, ~0.5 s).
  let workers: AssignThread[] | undefined;
  let job = 0;
  return {
    assign: async (page) => {
      const rows = pageRows(model, page);
      if (rows < THREAD_MINIMUM_ROWS) return inline(page);
      workers ??= startWorkers(sharedCopy(model), threads);
      const sharedPage = sharedCopy(page);
      const share = Math.ceil(rows / workers.length);
      await Promise.all(
        workers.map((thread, index) => {
          job += 1;
          const start = Math.min(rows, index * share);
          const end = Math.min(rows, start + share);
          return start < end ? thread.run({ id: job, page: sharedPage, start, end }) : Promise.resolve();
        }),
      );
      page.embedding.set(sharedPage.embedding);
      page.labels.set(sharedPage.labels);
      page.probabilities.set(sharedPage.probabilities);
    },
    close: async () => {
      await Promise.all((workers ?? []).map((thread) => thread.worker.terminate()));
    },
  };
}

function startWorkers(model: AssignmentModel, threads: number): AssignThread[] {
  const workers: AssignThread[] = [];
  try {
    for (let index = 0; index < threads; index += 1)
      workers.push(assignThread(typescriptWorker(new URL("./assign-worker.ts", import.meta.url), { model })));
  } catch (error) {
    void Promise.all(workers.map((thread) => thread.worker.terminate()));
    throw error;
  }
  return workers;
}

interface AssignJob {
  id: number;
  page: AssignmentPage;
  start: number;
  end: number;
}

interface AssignThread {
  worker: Worker;
  run(job: AssignJob): Promise<void>;
}

function assignThread(worker: Worker): AssignThread {
  let failure: Error | undefined;
  let waiting: { id: number; resolve: () => void; reject: (error: Error) => void } | undefined;
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
    if (done === pending.id) pending.resolve();
    else pending.reject(new Error(`assign worker answered job ${done}, expected ${pending.id}`));
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`assign worker exited (code ${code})`)));
  return {
    worker,
    run: (job) =>
      failure !== undefined
        ? Promise.reject(failure)
        : new Promise((resolve, reject) => {
            waiting = { id: job.id, resolve, reject };
            worker.postMessage(job);
          }),
  };
}
