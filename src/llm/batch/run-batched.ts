// The batch loop: run the stage pass in collect mode → submit what it deferred → wait for the batches → fill their
// answers → run the pass again, until a pass defers nothing (that pass is the normal run: every answer comes from
// the cache, and items the batch gave up on are answered synchronously). Everything needed to resume lives in the
// BatchStore, so a process stopped at any point (Ctrl-C, kill, --detach) resumes with the same command: it
// re-collects the same keys, finds them carried by the submitted batches, and polls instead of re-submitting.
import { withFileLock } from "../../database/server/file-lock.js";
import type { BatchApi } from "../../models/chat/batch-api.js";
import { NavabError } from "../../shared/errors.js";
import { realSleep } from "../retry.js";
import type { RequestCollector } from "./batch-collector.js";
import { inFlight, type BatchStore } from "./batch-store.js";
import { DeferredItems, DeferredRequest } from "./deferral.js";
import { describeSubmission, refreshSubmission } from "./fill-batches.js";
import { submitCollected, type SubmitOptions } from "./submit-batches.js";

export interface BatchRunOptions extends Omit<SubmitOptions, "store"> {
  store: BatchStore;
  collector: RequestCollector;
  /** Between two status checks of the batches (default 60 s). */
  pollMs?: number;
  /** Submit and return without waiting; the same command later resumes (default false). */
  detach?: boolean;
  /** Stop waiting after this long and return "waiting"; the batches keep running on the server. */
  maxWaitMs?: number;
  /** Passes before giving up (each dependent LLM step takes one; default 20). */
  maxPasses?: number;
  signal?: AbortSignal;
  sleep?: (milliseconds: number) => Promise<void>;
}

export type BatchRunOutcome<T> =
  | { status: "done"; result: T; passes: number; submitted: number }
  | { status: "waiting"; passes: number; submitted: number; inFlight: number };

export class BatchRunError extends NavabError {
  override name = "BatchRunError";
}

/** Polls the submissions that carry any of `keys` until all are filled; false when the wait was given up. */
async function waitForKeys(keys: Set<string>, apis: Map<string, BatchApi>, options: BatchRunOptions): Promise<boolean> {
  const sleep = options.sleep ?? realSleep;
  const started = Date.now();
  for (;;) {
    const waiting = (await options.store.submissions()).filter(
      (record) => inFlight(record) && record.keys.some((key) => keys.has(key)),
    );
    if (waiting.length === 0) return true;
    for (const record of waiting) {
      const api = apis.get(record.modelId);
      if (api === undefined)
        throw new BatchRunError(`llm/batch: no Batch API for ${record.modelId} (record ${record.id})`);
      const updated = await refreshSubmission(record, api, options.store, options.retry);
      options.log(describeSubmission(updated));
    }
    if (
      (await options.store.submissions()).every(
        (record) => !inFlight(record) || !record.keys.some((key) => keys.has(key)),
      )
    )
      return true;
    if (options.signal?.aborted || (options.maxWaitMs !== undefined && Date.now() - started >= options.maxWaitMs))
      return false;
    await sleep(options.pollMs ?? 60_000);
  }
}

async function countInFlight(store: BatchStore): Promise<number> {
  return (await store.submissions()).filter(inFlight).length;
}

export async function runBatched<T>(pass: () => Promise<T>, options: BatchRunOptions): Promise<BatchRunOutcome<T>> {
  const { collector, store } = options;
  const maxPasses = options.maxPasses ?? 20;
  let submitted = 0;
  for (let passes = 1; passes <= maxPasses; passes += 1) {
    await collector.startPass();
    let result: T | undefined;
    let deferred = false;
    try {
      result = await pass();
    } catch (error) {
      if (!(error instanceof DeferredItems || error instanceof DeferredRequest)) throw error;
      deferred = true;
    }
    const collected = collector.collected();
    if (!deferred) {
      if (collected.length > 0)
        throw new BatchRunError(
          `llm/batch: the stage caught ${collected.length} deferred request(s) itself (it may have recorded them as failures); run it without the Batch API`,
        );
      return { status: "done", result: result as T, passes, submitted };
    }
    if (collected.length === 0)
      throw new BatchRunError("llm/batch: the stage deferred items but no request was collected");
    const fresh = collected.filter((request) => request.inFlight === undefined);
    options.log(
      `batch pass ${passes}: ${collected.length} requests wait for answers (${collected.length - fresh.length} already submitted)`,
    );
    const records = await withFileLock(await store.lockPath(), () => submitCollected(fresh, options), 60_000);
    submitted += records.reduce((total, record) => total + record.keys.length, 0);
    if (options.detach) return { status: "waiting", passes, submitted, inFlight: await countInFlight(store) };
    const apis = new Map(collected.map((request) => [request.chat.id, request.chat.batch.api]));
    const finished = await waitForKeys(new Set(collected.map((request) => request.key)), apis, options);
    if (!finished) return { status: "waiting", passes, submitted, inFlight: await countInFlight(store) };
  }
  throw new BatchRunError(
    `llm/batch: items still wait for answers after ${maxPasses} passes; see 'navab batch status' and run the command again`,
  );
}
