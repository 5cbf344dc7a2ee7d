import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import { tagOutliers } from "../../../src/topics/instag/tag-outliers.js";
import { countTags, normalizeTag } from "../../../src/topics/instag/tag-frequencies.js";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { silentProgress } from "../../../src/shared/progress.js";

const v3 = loadPrompt("topics", "instag", "v3");
/** v3 with batches of 8 (the file's own batch size is 1, for the local model). */
const prompt = { ...v3, parameters: { ...v3.parameters, batchSize: 8 } };
const answerFor = (count: number, tagOf: (position: number) => string) => ({
  documents: Array.from({ length: count }, (_value, position) => ({
    index: position + 1,
    tags: [{ tag: tagOf(position), explanation: "x" }],
  })),
});

test("outliers are tagged in numbered batches with the InsTag system prompt; a bad batch is retried, then counted, not fatal", async () => {
  const documents = Array.from(
    { length: 10 },
    (_value, position) => `document number ${position}: trade, energy policy`,
  );
  const chat = fakeChatModel({
    queue: [
      answerFor(8, (position) => (position % 2 ? "Trade" : "Energy policy")),
      "not json",
      "still not json",
      { documents: [{ index: 1, tags: [{ tag: "Trade", explanation: "x" }] }] },
    ],
  });
  const result = await tagOutliers(documents, "en", chat, prompt, 42, silentProgress);
  assert.equal(chat.calls.length, 4, "one call for the good batch, three attempts for the bad one");
  assert.match(chat.calls[0]?.messages[0]?.content ?? "", /identify tags of user intentions/);
  assert.match(
    chat.calls[0]?.messages.at(-1)?.content ?? "",
    /<data-documents>\n1\. document number 0: trade, energy policy\n\n2\. document number 1/,
  );
  assert.equal(result.tagged.length, 8);
  assert.equal(result.failedBatches, 1);
  assert.match(result.lastFailure ?? "", /invalid answer: documents: .*2/, "the second batch has two documents");
  assert.deepEqual(result.tagged[1], { document: 1, tags: ["Trade"] });
});

test("the answer schema asks for one entry per document and bounds tags and explanations", async () => {
  const chat = fakeChatModel(answerFor(3, () => "Trade"));
  await tagOutliers(["a", "b", "c"], "en", chat, prompt, 42, silentProgress);
  const schema = JSON.stringify(chat.calls[0]?.jsonSchema);
  assert.match(schema, /"documents":\{"minItems":3,"maxItems":3/);
  assert.match(schema, /"tags":\{"minItems":1,"maxItems":2/);
  assert.match(schema, /"tag":\{"type":"string","maxLength":24\}/);
  assert.match(schema, /"explanation":\{"type":"string","maxLength":24\}/);
  assert.equal(chat.calls[0]?.maxTokens, 3 * prompt.maxTokens);
});

test("answers out of order are placed by their index; tags that echo the prompt, are degenerate or are not about their document are dropped and counted", async () => {
  const chat = fakeChatModel({
    documents: [
      { index: 2, tags: [{ tag: "Tariffs", explanation: "x" }] },
      {
        index: 1,
        tags: [
          { tag: "explanation", explanation: "x" },
          { tag: "Klimapolitik", explanation: "x" },
        ],
      },
      {
        index: 3,
        tags: [
          { tag: "user intentions", explanation: "x" },
          { tag: "One Two Three Four", explanation: "x" },
        ],
      },
    ],
  });
  const texts = ["Klimapolitik im Bundestag", "Tariffs on steel", "A quiet day"];
  const result = await tagOutliers(texts, "en", chat, prompt, 42, silentProgress);
  assert.deepEqual(result.tagged, [
    { document: 1, tags: ["Tariffs"] },
    { document: 0, tags: ["Klimapolitik"] },
  ]);
  assert.equal(result.droppedTags, 3);
});

test("tags are normalised and counted by documents, most frequent first", () => {
  assert.equal(normalizeTag("  Trade Disputes! "), "trade dispute");
  assert.equal(normalizeTag("Energy policies"), "energy policy");
  assert.equal(normalizeTag("Business"), "business");
  const counted = countTags([
    { document: 0, tags: ["Trade", "Tariffs"] },
    { document: 1, tags: ["trade"] },
    { document: 2, tags: ["TRADE", "weather", "Trade"] },
    { document: 3, tags: ["Tariffs"] },
  ]);
  assert.deepEqual(
    counted.map((entry) => [entry.key, entry.display, [...entry.documents]]),
    [
      ["trade", "Trade", [0, 1, 2]],
      ["tariff", "Tariffs", [0, 3]],
      ["weather", "weather", [2]],
    ],
  );
});

test("InsTag answers go through the shared LLM cache and token log: a re-run asks nothing again", async () => {
  const { memoryCache } = await import("../../../src/llm/cache.js");
  const cache = memoryCache();
  const answer = answerFor(1, () => "Trade");
  const documents = ["one outlier about trade"];
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
