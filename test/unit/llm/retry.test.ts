// Backoff: transient errors are retried honouring retry-after; permanent ones are not; retries are bounded.
import assert from "node:assert/strict";
import { test } from "node:test";
import { withRetries } from "../../../src/llm/retry.js";
import { ChatBackendError, retryAfterMilliseconds } from "../../../src/models/chat/chat-errors.js";

test("retry-after is honoured, and the call succeeds after transient failures", async () => {
  const waits: number[] = [];
  let calls = 0;
  const result = await withRetries(
    async () => {
      calls += 1;
      if (calls === 1) throw new ChatBackendError("429", true, 2000);
      if (calls === 2) throw new ChatBackendError("500", true);
      return "done";
    },
    { sleep: async (milliseconds) => void waits.push(milliseconds), baseDelayMs: 100 },
  );
  assert.equal(result, "done");
  assert.equal(waits[0], 2000);
  assert.ok((waits[1] ?? 0) >= 75 * 2 && (waits[1] ?? 0) <= 125 * 2, `second wait ${waits[1]} is backoff`);
});

test("permanent errors are thrown at once and transient retries are bounded", async () => {
  let calls = 0;
  await assert.rejects(
    withRetries(
      async () => {
        calls += 1;
        throw new ChatBackendError("400", false);
      },
      { sleep: async () => {} },
    ),
    /400/,
  );
  assert.equal(calls, 1);
  calls = 0;
  await assert.rejects(
    withRetries(
      async () => {
        calls += 1;
        throw new ChatBackendError("503", true);
      },
      { retries: 3, sleep: async () => {} },
    ),
    /503/,
  );
  assert.equal(calls, 4);
});

test("retry-after headers in seconds, milliseconds and HTTP dates", () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name];
  assert.equal(retryAfterMilliseconds(headers({ "retry-after": "3" })), 3000);
  assert.equal(retryAfterMilliseconds(headers({ "retry-after-ms": "250" })), 250);
  assert.equal(retryAfterMilliseconds(headers({ "retry-after": new Date(10_000).toUTCString() }), 4000), 6000);
  assert.equal(retryAfterMilliseconds(headers({})), undefined);
});
