import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import { consolidateTags, normalizeTag } from "../../../src/topics/instag/consolidate-tags.js";
import { tagOutliers } from "../../../src/topics/instag/tag-outliers.js";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { silentProgress } from "../../../src/shared/progress.js";

const prompt = loadPrompt("topics", "instag", "v2");

test("outliers are tagged in numbered batches with the InsTag system prompt; a bad batch is retried, then counted, not fatal", async () => {
  const documents = Array.from({ length: 10 }, (_value, position) => `document number ${position}`);
  const chat = fakeChatModel({
    queue: [
      {
        documents: Array.from({ length: 8 }, (_value, position) => ({
          index: position + 1,
          tags: [{ tag: position % 2 ? "Trade" : "Energy policy", explanation: "x" }],
        })),
      },
      "not json",
      "still not json",
      { documents: [{ index: 1 }] },
    ],
  });
  const result = await tagOutliers(documents, "en", chat, prompt, 42, silentProgress);
  assert.equal(chat.calls.length, 4, "one call for the good batch, three attempts for the bad one");
  assert.match(chat.calls[0]?.messages[0]?.content ?? "", /identify tags of user intentions/);
  assert.match(
    chat.calls[0]?.messages.at(-1)?.content ?? "",
    /<data-documents>\n1\. document number 0\n\n2\. document number 1/,
  );
  assert.equal(result.tagged.length, 8);
  assert.equal(result.failedBatches, 1);
  assert.match(result.lastFailure ?? "", /invalid answer: documents\.0\.tags/);
  assert.deepEqual(result.tagged[1], { document: 1, tags: ["Trade"] });
});

test("tags are normalised, counted by documents, and each document joins its most frequent kept tag", () => {
  assert.equal(normalizeTag("  Trade Disputes! "), "trade dispute");
  const topics = consolidateTags(
    [
      { document: 0, tags: ["Trade", "Tariffs"] },
      { document: 1, tags: ["trade"] },
      { document: 2, tags: ["TRADE", "weather"] },
      { document: 3, tags: ["Tariffs", "weather"] },
      { document: 4, tags: ["weather"] },
      { document: 5, tags: ["Rare"] },
    ],
    2,
  );
  assert.deepEqual(topics, [
    { tag: "Trade", documents: [0, 1, 2] },
    { tag: "weather", documents: [3, 4] },
  ]);
});

test("InsTag answers go through the shared LLM cache and token log: a re-run asks nothing again", async () => {
  const { memoryCache } = await import("../../../src/llm/cache.js");
  const cache = memoryCache();
  const answer = { documents: [{ index: 1, tags: [{ tag: "Trade", explanation: "x" }] }] };
  const documents = ["one outlier"];
  const first = fakeChatModel({ queue: [answer] });
  const records: unknown[] = [];
  const tokenLog = { record: (entry: unknown) => records.push(entry) } as never;
  const tagged = await tagOutliers(documents, "en", first, prompt, 42, silentProgress, { cache, tokenLog });
  const again = fakeChatModel({ queue: [] });
  const cached = await tagOutliers(documents, "en", again, prompt, 42, silentProgress, { cache, tokenLog });
  assert.equal(first.calls.length, 1);
  assert.equal(again.calls.length, 0);
  assert.deepEqual(cached.tagged, tagged.tagged);
  assert.deepEqual(
    records.map((entry) => (entry as { cached: boolean }).cached),
    [false, true],
  );
});
