// The per-endpoint bound on requests in flight: never exceeded however many callers, shared by every model of one
// base URL in a process, and a new bound applies at once (higher) or as requests finish (lower).
import assert from "node:assert/strict";
import { test } from "node:test";
import { endpointLimiter, RequestLimiter } from "../../../src/models/chat/request-limiter.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

async function load(limiter: RequestLimiter, callers: number): Promise<number> {
  let active = 0;
  let peak = 0;
  await Promise.all(
    Array.from({ length: callers }, () =>
      limiter.run(async () => {
        active += 1;
        peak = Math.max(peak, active);
        await tick();
        active -= 1;
      }),
    ),
  );
  return peak;
}

test("at most `bound` requests run at once, and all of them run", async () => {
  for (const bound of [1, 3, 8]) {
    const limiter = new RequestLimiter(bound);
    assert.equal(await load(limiter, 20), bound);
    assert.equal(limiter.peak, bound);
  }
});

test("a failing request frees its slot", async () => {
  const limiter = new RequestLimiter(1);
  await assert.rejects(limiter.run(async () => Promise.reject(new Error("x"))));
  assert.equal(await load(limiter, 3), 1);
});

test("one limiter per endpoint; a new bound applies to it", async () => {
  const first = endpointLimiter("http://unit-test-endpoint/v1", 2);
  const second = endpointLimiter("http://unit-test-endpoint/v1", 2);
  assert.equal(first, second);
  assert.notEqual(first, endpointLimiter("http://other-unit-test-endpoint/v1", 2));
  endpointLimiter("http://unit-test-endpoint/v1", 5);
  assert.equal(first.limit, 5);
  assert.equal(await load(first, 12), 5);
});

test("raising the bound starts waiting requests at once", async () => {
  const limiter = new RequestLimiter(1);
  let release: () => void = () => {};
  const blocker = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
  let started = 0;
  const waiting = [limiter.run(async () => void (started += 1)), limiter.run(async () => void (started += 1))];
  await tick();
  assert.equal(started, 0);
  limiter.setLimit(3);
  await Promise.all(waiting);
  assert.equal(started, 2);
  release();
  await blocker;
});
