// The sequence pool of the batched llama.cpp scorer: every task runs, on one resource at a time, in task order.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runOnPool } from "../../../src/models/likelihood/resource-pool.js";

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

test("tasks are spread over the resources, never two at once on one resource, results in task order", async () => {
  const busy = new Set<string>();
  const used = new Set<string>();
  let inFlight = 0;
  let mostInFlight = 0;
  const results = await runOnPool(["a", "b", "c"], [5, 1, 4, 1, 3, 2, 2], async (task, resource) => {
    assert.ok(!busy.has(resource), `${resource} is serving two tasks`);
    busy.add(resource);
    used.add(resource);
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await pause(task);
    busy.delete(resource);
    inFlight -= 1;
    return task * 10;
  });
  assert.deepEqual(results, [50, 10, 40, 10, 30, 20, 20]);
  assert.equal(mostInFlight, 3);
  assert.deepEqual([...used].sort(), ["a", "b", "c"]);
});

test("fewer tasks than resources use only as many resources as tasks", async () => {
  const used: string[] = [];
  await runOnPool(["a", "b", "c", "d"], [1, 2], async (_task, resource) => used.push(resource));
  assert.deepEqual(used.sort(), ["a", "b"]);
  assert.deepEqual(await runOnPool([], [], async () => 1), []);
});

test("after a failure no new task starts and the error comes once the running tasks have settled", async () => {
  const started: number[] = [];
  let settled = 0;
  await assert.rejects(
    runOnPool(["a", "b"], [1, 2, 3, 4, 5], async (task) => {
      started.push(task);
      await pause(task === 1 ? 1 : 15);
      settled += 1;
      if (task === 1) throw new Error("decode failed");
    }),
    /decode failed/,
  );
  assert.deepEqual(started, [1, 2]);
  assert.equal(settled, 2);
});

test("no resource for a task is an error that names the module", async () => {
  await assert.rejects(
    runOnPool([], [1], async () => 1),
    /likelihood\/resource-pool/,
  );
});
