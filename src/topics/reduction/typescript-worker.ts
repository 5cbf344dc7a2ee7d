// Starts a worker thread on a TypeScript module of this folder tree: the worker registers tsx itself (hooks given
// by --import do not reach a worker's entry module), then imports the module. Shared by the UMAP layout pool and
// the sample-and-assign pool.
import { Worker } from "node:worker_threads";

export function typescriptWorker(module: URL, workerData: unknown): Worker {
  const bootstrap = `(async () => {
    const { register } = await import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))});
    register();
    await import(${JSON.stringify(module.href)});
  })();`;
  return new Worker(bootstrap, { eval: true, workerData, execArgv: [] });
}
