// forEachItem in collect mode: an item whose LLM call is deferred to a batch is skipped (the others still run), and
// the loop then ends the pass with DeferredItems; any other error still stops the loop.
import assert from "node:assert/strict";
import { test } from "node:test";
import { forEachItem } from "../../../src/kernel/index.js";
import { DeferredItems, DeferredRequest } from "../../../src/llm/batch/deferral.js";
import { silentProgress } from "../../../src/shared/progress.js";

const context = { progress: silentProgress, signal: undefined };

test("deferred items are skipped and counted; the loop ends with DeferredItems after every item ran", async () => {
  const done: number[] = [];
  const error = await forEachItem(context, "test step", [1, 2, 3, 4, 5], 2, async (item) => {
    if (item % 2 === 0) throw new DeferredRequest(`key-${item}`);
    done.push(item);
  }).catch((caught: unknown) => caught);
  assert.ok(error instanceof DeferredItems);
  assert.equal(error.items, 2);
  assert.match(error.message, /^test step: 2 item\(s\) wait for Batch API answers/);
  assert.deepEqual(done.sort(), [1, 3, 5]);
});

test("without deferrals the loop returns; another error is thrown as it is", async () => {
  await forEachItem(context, "test step", [1, 2], 2, async () => {});
  await assert.rejects(
    forEachItem(context, "test step", [1, 2], 1, async () => {
      throw new Error("boom");
    }),
    /^Error: boom$/,
  );
});
