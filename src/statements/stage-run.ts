// Shared stage plumbing: run ids, stable ids, the Run record around a stage, and LLM call options.
import { createHash, randomUUID } from "node:crypto";
import { mapWithConcurrency } from "../llm/concurrency.js";
import { finishRun, startRun } from "../runs/run-record.js";
import { silentProgress } from "../shared/progress.js";
import type { StructuredOptions } from "../llm/structured-completion.js";
import type { StageCommonOptions, StageDependencies, StageResult } from "./types.js";

/** Deterministic id from its parts (re-running the same work MERGEs onto the same nodes). */
export function stableId(...parts: (string | number)[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

export function newRunId(stage: string): string {
  return `${stage}-${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}-${randomUUID().slice(0, 6)}`;
}

export function llmOptions(dependencies: StageDependencies, options: StageCommonOptions): StructuredOptions {
  return {
    retries: options.retries ?? 2,
    ...(dependencies.cache ? { cache: dependencies.cache } : {}),
    ...(dependencies.tokenLog ? { tokenLog: dependencies.tokenLog } : {}),
    ...(dependencies.transient ? { retry: dependencies.transient } : {}),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  };
}

/** Runs `work` inside a (:Run): started with config and versions, finished with counts (and token totals). */
export async function withRun(
  dependencies: StageDependencies,
  run: { id: string; stage: string; config: Record<string, unknown>; versions: Record<string, string> },
  work: (counts: Record<string, number>) => Promise<void>,
): Promise<StageResult> {
  const counts: Record<string, number> = {};
  await startRun(dependencies.executor, run);
  // The token log may be shared by several stages: report only what this stage used.
  const start = {
    ...(dependencies.tokenLog?.totals ?? {
      calls: 0,
      cachedCalls: 0,
      promptTokens: 0,
      completionTokens: 0,
      costUsd: 0,
    }),
  };
  const tokenCounts = (): Record<string, number> => {
    const totals = dependencies.tokenLog?.totals;
    if (!totals) return {};
    return {
      llmCalls: totals.calls - start.calls,
      llmCachedCalls: totals.cachedCalls - start.cachedCalls,
      promptTokens: totals.promptTokens - start.promptTokens,
      completionTokens: totals.completionTokens - start.completionTokens,
      costUsd: Math.round((totals.costUsd - start.costUsd) * 1e6) / 1e6,
    };
  };
  try {
    await work(counts);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishRun(dependencies.executor, run.id, {
      status: "failed",
      counts: { ...counts, ...tokenCounts() },
      error: message,
    });
    throw error;
  }
  await finishRun(dependencies.executor, run.id, { status: "done", counts: { ...counts, ...tokenCounts() } });
  return { runId: run.id, counts: { ...counts, ...tokenCounts() } };
}

/** Adds one to a named counter. */
export const bump = (counts: Record<string, number>, name: string, by = 1): void => {
  counts[name] = (counts[name] ?? 0) + by;
};

/** Runs `work` on every item with bounded concurrency, a progress step and the stage's abort signal. */
export async function forEachWithProgress<Item>(
  dependencies: StageDependencies,
  step: string,
  items: readonly Item[],
  concurrency: number,
  work: (item: Item) => Promise<void>,
): Promise<void> {
  const progress = dependencies.progress ?? silentProgress;
  progress.start(step, items.length);
  let done = 0;
  await mapWithConcurrency(
    items,
    concurrency,
    async (item) => {
      await work(item);
      done += 1;
      progress.update(done);
    },
    dependencies.signal,
  );
  progress.stop();
}
