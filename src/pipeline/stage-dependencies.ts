// Builds the one dependency shape of the stages for a pipeline step: a connected executor, the models, the LLM
// plumbing (file answer cache or none, per-run token log priced from the settings, the session's batch collector
// under `navab batch run`), the embedding cache, progress, Ctrl-C as the abort signal, and the local model runtime
// released at the end.
import { join } from "node:path";
import { tokenPrices } from "../config/model-environment.js";
import type { StageDependencies, StageModels } from "../kernel/index.js";
import { runPlumbing } from "../llm/run-plumbing.js";
import { EmbeddingCache } from "../models/embedding/embedding-cache.js";
import { disposeLlamaRuntime } from "../models/local/llama-runtime.js";
import type { Session } from "./session.js";

export interface DependencyOptions {
  models: StageModels;
  /** Names the token log file (`<home>/logs/tokens-<label>.jsonl`). */
  runLabel: string;
  /** Read and write the answer and embedding caches under `<home>/cache` (false: in memory only). */
  cache: boolean;
}

export async function withStageDependencies<T>(
  session: Session,
  options: DependencyOptions,
  work: (dependencies: StageDependencies) => Promise<T>,
): Promise<T> {
  const abort = new AbortController();
  const onInterrupt = () => {
    session.log("interrupted: finishing the items in flight; re-run the same command to resume");
    abort.abort();
  };
  process.once("SIGINT", onInterrupt);
  try {
    return await session.withDatabase(async (executor, settings) =>
      work({
        executor,
        models: options.models,
        llm: runPlumbing(settings.home, options.runLabel, options.cache, tokenPrices(settings.models), session.batch),
        ...(options.cache ? { embeddingCache: new EmbeddingCache(join(settings.home, "cache", "embeddings")) } : {}),
        progress: session.progress,
        signal: abort.signal,
        log: session.log,
      }),
    );
  } finally {
    process.removeListener("SIGINT", onInterrupt);
    await disposeLlamaRuntime();
  }
}
