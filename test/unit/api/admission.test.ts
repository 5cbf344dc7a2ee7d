import assert from "node:assert/strict";
import { test } from "node:test";
import { Admission, type Release } from "../../../src/api/admission.js";

test("one client runs at most its share, queues a bounded number more, and is refused beyond", async () => {
  const admission = new Admission({ perClientConcurrency: 2, perClientQueue: 2, totalConcurrency: 10 });
  const first = await admission.enter("a");
  await admission.enter("a");
  const queued = [admission.enter("a"), admission.enter("a")];
  assert.deepEqual(admission.load(), { running: 2, waiting: 2 });
  assert.equal(admission.enter("a"), undefined, "the queue of 'a' is full");
  const other = await admission.enter("b");
  assert.ok(other !== undefined, "another client is not held up by 'a'");
  first?.();
  first?.();
  await queued[0];
  assert.deepEqual(admission.load(), { running: 3, waiting: 1 }, "a release lets one waiting request of 'a' run");
});

test("freed slots go to waiting clients in turn when the total is the limit", async () => {
  const admission = new Admission({ perClientConcurrency: 5, perClientQueue: 10, totalConcurrency: 1 });
  const order: string[] = [];
  const holding = await admission.enter("flood");
  const enter = (client: string) =>
    (admission.enter(client) as Promise<Release>).then((release) => {
      order.push(client);
      return release;
    });
  const [first, ...floods] = [enter("flood"), enter("flood"), enter("flood")];
  const single = enter("single");
  holding?.();
  (await (first as Promise<Release>))();
  (await single)();
  for (const flood of floods) (await flood)();
  assert.deepEqual(order, ["flood", "single", "flood", "flood"], "the single request does not wait behind the flood");
});
