// Deferral: how a stage's LLM call says "this answer will come from a batch" without failing the item. The batch
// collector throws DeferredRequest from inside structuredCompletion/textCompletion; item loops (the kernel's
// forEachItem, the AJ loop) count it with Deferrals and skip the item without writing anything, so the stage's
// resume rule picks the item up on the next pass; at the end of the loop Deferrals.finish throws DeferredItems,
// which ends the pass before any aggregate is written (the kernel records the Run as "deferred", not failed).
import { NavabError } from "../../shared/errors.js";

/** One LLM call whose answer will come from the Batch API (thrown only while a batch collector is attached). */
export class DeferredRequest extends NavabError {
  override name = "DeferredRequest";
  constructor(readonly cacheKey: string) {
    super(`llm/batch: request ${cacheKey.slice(0, 12)} waits for a batch answer`);
  }
}

/** A stage pass that left items for the Batch API: not a failure; the next pass (same run id) resumes them. */
export class DeferredItems extends NavabError {
  override name = "DeferredItems";
  constructor(
    readonly step: string,
    readonly items: number,
  ) {
    super(
      `${step}: ${items} item(s) wait for Batch API answers; run the command through 'navab batch run -- …', which submits them and resumes`,
    );
  }
}

export const isDeferral = (error: unknown): boolean =>
  error instanceof DeferredRequest || error instanceof DeferredItems;

/** Counts the items of one loop that were deferred, instead of letting the first deferral end the loop. */
export class Deferrals {
  count = 0;

  /** Runs one item's work; a deferral is counted (the item is skipped), any other error is thrown. */
  async attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (!isDeferral(error)) throw error;
      this.count += 1;
      return undefined;
    }
  }

  /** Ends the loop: throws DeferredItems when any item was deferred. */
  finish(step: string): void {
    if (this.count > 0) throw new DeferredItems(step, this.count);
  }
}
