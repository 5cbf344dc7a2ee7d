// The fake chat model: fixed answers, function answers, queues, recorded calls.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";

const request = { messages: [{ role: "user" as const, content: "hi" }] };

test("answers from a fixed value, a function and a queue, and records every call", async () => {
  assert.equal((await fakeChatModel("ok").complete(request)).text, "ok");
  assert.equal((await fakeChatModel({ a: 1 }).complete(request)).text, '{"a":1}');
  const byFunction = fakeChatModel((received, index) => `${received.messages[0]?.content}-${index}`);
  assert.equal((await byFunction.complete(request)).text, "hi-0");
  const queued = fakeChatModel({ queue: ["one", "two"] }, "fake:q");
  assert.equal((await queued.complete(request)).text, "one");
  assert.equal((await queued.complete(request)).text, "two");
  await assert.rejects(queued.complete(request), /queue is empty/);
  assert.equal(queued.calls.length, 3);
  assert.equal(queued.id, "fake:q");
});
