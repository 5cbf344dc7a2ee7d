// InsTag in rounds with a scripted chat model and a bag-of-words fake embedder: consolidation by embedding + LLM
// merge check, assignment by tag and by the nearest tag topic, iteration until the target or an empty round.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ChatRequest } from "../../../src/models/chat/chat-model.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import { FakeEmbeddingModel } from "../../../src/models/embedding/fake-embedding-model.js";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { assignByNearestCentroid, assignByTags } from "../../../src/topics/instag/assign-documents.js";
import {
  cosine,
  groupSimilarTags,
  type Relation,
  type TagCandidate,
} from "../../../src/topics/instag/group-similar-tags.js";
import { runInstag, type InstagSettings } from "../../../src/topics/instag/run-instag.js";

const DIMENSIONS = 24;
const vocabulary = new Map<string, number>();
/** One dimension per distinct word: cosine = shared words. */
function bagOfWords(text: string): Float32Array {
  const vector = new Float32Array(DIMENSIONS);
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (!vocabulary.has(word)) vocabulary.set(word, vocabulary.size % DIMENSIONS);
    const dimension = vocabulary.get(word) ?? 0;
    vector[dimension] = (vector[dimension] ?? 0) + 1;
  }
  return vector;
}
const unit = (dimension: number, noise = 0): Float32Array => {
  const vector = new Float32Array(DIMENSIONS);
  vector[dimension] = 1;
  vector[(dimension + 1) % DIMENSIONS] = noise;
  return vector;
};

// 40 documents: 0–9 clustered by HDBSCAN; outliers 10–21 trade, 22–31 sport, 32–35 climate, 36–39 one-offs.
// Round 1 tags the spread sample 10, 15, 20, 25, 30, 35; round 2 the untried 32, 33, 34, 36, 37, 38.
const themeOf = (document: number): string =>
  document < 22 ? "trade" : document < 32 ? "sport" : document < 36 ? "climate" : `oneoff${document}`;
const vectors = Array.from({ length: 40 }, (_value, document) => {
  const theme = themeOf(document);
  return theme === "trade"
    ? unit(0, (document % 3) * 0.1)
    : theme === "sport"
      ? unit(2, 0.1)
      : theme === "climate"
        ? unit(4, 0.1)
        : unit(6 + (document % 16));
});
const outliers = Array.from({ length: 30 }, (_value, position) => position + 10);
/** A word of its own per document (10 → "ba"), so one-off tags share no word. */
const wordOf = (document: number): string => [...String(document)].map((digit) => "abcdefghij"[Number(digit)]).join("");

/** Tags by theme: trade docs alternate two phrasings of one topic; one-offs get a tag of their own. */
function tagOf(document: number): string {
  const theme = themeOf(document);
  if (theme === "trade") return document % 2 === 0 ? "trade tariffs" : "tariffs on trade";
  if (theme === "sport") return "football";
  if (theme === "climate") return document % 2 === 0 ? "climate policy" : "policy on climate";
  return `rare${wordOf(document)}`;
}

/** Each text names its theme and the tags the scripted model may give it (tags must be about their document). */
const texts = Array.from(
  { length: 40 },
  (_value, document) =>
    `document ${document} about ${themeOf(document)}: ${tagOf(document)}, unique${wordOf(document)}, Fußball`,
);

function scriptedChat(sameTopic: (tags: string[]) => boolean) {
  return fakeChatModel((request: ChatRequest) => {
    const content = request.messages.at(-1)?.content ?? "";
    if (JSON.stringify(request.jsonSchema).includes("sameTopic")) {
      const tags = (/<data-tags>\n([\s\S]*?)\n<\/data-tags>/.exec(content)?.[1] ?? "")
        .split("\n")
        .map((line) => line.replace(/^- /, ""));
      return { sameTopic: sameTopic(tags) };
    }
    const numbered = [...content.matchAll(/^(\d+)\. document (\d+) about/gm)];
    return {
      documents: numbered.map((match) => ({
        index: Number(match[1]),
        tags: [{ tag: tagOf(Number(match[2])), explanation: "scripted" }],
      })),
    };
  });
}

const settings: InstagSettings = {
  documentsPerRound: 6,
  neighboursPerSeed: 0,
  maximumRounds: 5,
  targetOutlierShare: 0.1,
  minimumDocumentsPerTag: 2,
  mergeSimilarity: 0.6,
  mergeStandardScore: 5,
  mergeChecksPerRound: 4,
  assignStandardScore: 0.5,
  assignSimilarity: 0.9,
};
const prompts = {
  tagPrompt: loadPrompt("topics", "instag", "v3"),
  mergePrompt: loadPrompt("topics", "instag-merge", "v1"),
};
const input = { texts, vectors, outliers, language: "en", seed: 42 };

test("round 1 merges 'trade tariffs' and 'tariffs on trade' into one topic; round 2 runs on the rest and reaches the target", async () => {
  const chat = scriptedChat(() => true);
  const embedder = new FakeEmbeddingModel("bag-of-words", DIMENSIONS, bagOfWords);
  const result = await runInstag(input, settings, { chat, embedder, progress: silentProgress, ...prompts });

  assert.deepEqual(
    result.topics.map((topic) => [topic.tag, topic.tags, topic.round]),
    [
      ["trade tariffs", ["trade tariff", "tariffs on trade"], 1],
      ["football", ["football"], 1],
      ["climate policy", ["climate policy", "policy on climate"], 2],
    ],
  );
  const trade = result.topics[0]?.members ?? [];
  assert.deepEqual(
    trade.filter((member) => member.assignment === "tag").map((member) => member.document),
    [10, 15, 20],
    "the round-1 sample's trade documents joined by their own (merged) tags",
  );
  assert.deepEqual(
    trade
      .filter((member) => member.assignment === "nearest-tag-topic")
      .map((member) => member.document)
      .sort((left, right) => left - right),
    [11, 12, 13, 14, 16, 17, 18, 19, 21],
    "the other trade outliers joined the nearest tag topic without being tagged",
  );
  assert.ok(trade.every((member) => member.probability > 0.9 && member.probability <= 1));
  assert.deepEqual(
    result.merges.map((merge) => [merge.round, merge.tags, merge.merged, merge.reason]),
    [
      [1, ["trade tariffs", "tariffs on trade"], true, "model: one topic"],
      [2, ["climate policy", "policy on climate"], true, "model: one topic"],
    ],
  );
  assert.deepEqual(
    result.rounds.map((round) => [round.round, round.taggedDocuments, round.newTopics, round.outliersAfter]),
    [
      [1, 6, 2, 8],
      [2, 6, 1, 4],
    ],
  );
  assert.equal(result.stoppedBecause, "target outlier share reached");
  const rest = result.topics.flatMap((topic) => topic.members.map((member) => member.document));
  assert.deepEqual(
    outliers.filter((document) => !rest.includes(document)),
    [36, 37, 38, 39],
    "only one-offs are left",
  );
});

test("similar tags the model says are not one topic stay apart, and the refusal is kept for the audit", async () => {
  const chat = scriptedChat((tags) => !tags.includes("tariffs on trade"));
  const embedder = new FakeEmbeddingModel("bag-of-words", DIMENSIONS, bagOfWords);
  const result = await runInstag(
    input,
    { ...settings, maximumRounds: 1 },
    {
      chat,
      embedder,
      progress: silentProgress,
      ...prompts,
    },
  );
  assert.deepEqual(result.merges[0], {
    round: 1,
    tags: ["trade tariffs", "tariffs on trade"],
    basis: "tag embeddings",
    similarity: result.merges[0]?.similarity,
    merged: false,
    reason: "model: not one topic",
  });
  assert.ok((result.merges[0]?.similarity ?? 0) > 0.8);
  assert.deepEqual(
    result.topics.map((topic) => topic.tag),
    ["football", "trade tariffs"],
    "'tariffs on trade' (one document) is too rare alone; equal sizes in tag order",
  );
  assert.equal(result.stoppedBecause, "round budget spent");
});

test("a round that assigns nothing stops InsTag", async () => {
  const chat = fakeChatModel((request: ChatRequest) => {
    const content = request.messages.at(-1)?.content ?? "";
    const numbered = [...content.matchAll(/^(\d+)\. document (\d+)/gm)];
    return {
      documents: numbered.map((match) => ({
        index: Number(match[1]),
        tags: [{ tag: `unique${wordOf(Number(match[2]))}`, explanation: "x" }],
      })),
    };
  });
  const embedder = new FakeEmbeddingModel("bag-of-words", DIMENSIONS, bagOfWords);
  const result = await runInstag(input, settings, { chat, embedder, progress: silentProgress, ...prompts });
  assert.equal(result.rounds.length, 1);
  assert.equal(result.stoppedBecause, "a round assigned nothing");
  assert.equal(result.topics.length, 0);
  assert.equal(chat.calls.length, 6, "one call per tagged outlier; no merge check for single tags");
});

test("the document budget bounds the model calls", async () => {
  const chat = scriptedChat(() => true);
  const embedder = new FakeEmbeddingModel("bag-of-words", DIMENSIONS, bagOfWords);
  const result = await runInstag(
    input,
    { ...settings, maximumDocuments: 4, assignSimilarity: 1.5 },
    {
      chat,
      embedder,
      progress: silentProgress,
      ...prompts,
    },
  );
  assert.equal(result.rounds[0]?.taggedDocuments, 4);
  assert.equal(result.stoppedBecause, "document budget spent");
});

test("grouping: tags join the most related head (similar strings before close documents), existing topic heads first", () => {
  const candidate = (key: string, documents: number[] = []) => ({ key, vector: bagOfWords(key), documents });
  const related = (tag: TagCandidate, head: TagCandidate): Relation | undefined => {
    const similarity = cosine(tag.vector, head.vector);
    if (similarity >= 0.6) return { basis: "tag embeddings", similarity };
    return tag.documents.some((document) => head.documents.includes(document + 1))
      ? { basis: "document embeddings", similarity }
      : undefined;
  };
  const groups = groupSimilarTags(
    [candidate("football", [1])],
    [
      candidate("trade tariffs", [4]),
      candidate("football match", [7]),
      candidate("tariffs on trade", [8]),
      candidate("fussball", [0]),
      candidate("weather", [20]),
    ],
    related,
  );
  assert.deepEqual(
    groups.map((group) => [group.topic, group.head, group.members.map((member) => [member.key, member.basis])]),
    [
      [
        0,
        "football",
        [
          ["football match", "tag embeddings"],
          ["fussball", "document embeddings"],
        ],
      ],
      [
        undefined,
        "trade tariffs",
        [
          ["trade tariffs", "tag embeddings"],
          ["tariffs on trade", "tag embeddings"],
        ],
      ],
      [undefined, "weather", [["weather", "tag embeddings"]]],
    ],
  );
});

test("tags of unusually close documents are merge candidates even when their strings share nothing", async () => {
  const embedder = new FakeEmbeddingModel("bag-of-words", DIMENSIONS, bagOfWords);
  const bilingual = (document: number): string => (document % 2 === 0 ? "football" : "Fußball");
  const answer = fakeChatModel((request: ChatRequest) => {
    if (JSON.stringify(request.jsonSchema).includes("sameTopic")) return { sameTopic: true };
    const content = request.messages.at(-1)?.content ?? "";
    const numbered = [...content.matchAll(/^(\d+)\. document (\d+) about/gm)];
    return {
      documents: numbered.map((match) => ({
        index: Number(match[1]),
        tags: [
          {
            tag:
              themeOf(Number(match[2])) === "sport" ? bilingual(Number(match[2])) : `rare${wordOf(Number(match[2]))}`,
            explanation: "x",
          },
        ],
      })),
    };
  });
  const result = await runInstag(
    input,
    { ...settings, neighboursPerSeed: 1, documentsPerRound: 4, maximumRounds: 1, mergeStandardScore: 1 },
    { chat: answer, embedder, progress: silentProgress, ...prompts },
  );
  assert.deepEqual(
    result.rounds[0]?.taggedDocuments,
    4,
    "two spread seeds (10, 25), each with its nearest untried neighbour (13, 22)",
  );
  const sport = result.merges.find((merge) => merge.tags.includes("Fußball"));
  assert.equal(sport?.basis, "document embeddings");
  assert.equal(sport?.merged, true);
  assert.deepEqual(result.topics[0]?.tags, ["football", "fußball"]);
});

test("assignment: by the heaviest own tag topic, and by the nearest centroid above the threshold", () => {
  const byTag = assignByTags(
    [
      { document: 1, tags: ["Trade", "Football"] },
      { document: 2, tags: ["weather"] },
    ],
    new Map([
      ["trade", 0],
      ["football", 1],
    ]),
    new Map([
      [0, 2],
      [1, 5],
    ]),
  );
  assert.deepEqual(byTag, [{ document: 1, topic: 1 }]);
  const vectors = [unit(0), unit(2, 0.5), unit(4), unit(6), unit(8), unit(10)];
  const nearest = assignByNearestCentroid([0, 1, 2, 3, 4, 5], vectors, [unit(0), unit(2)], {
    standardScore: 1.5,
    floor: 0.8,
  });
  assert.deepEqual(
    nearest.map((entry) => [entry.document, entry.topic, Math.round(entry.similarity * 100) / 100]),
    [
      [0, 0, 1],
      [1, 1, 0.89],
    ],
    "each close document stands out from the background of the others",
  );
  const strict = assignByNearestCentroid([0, 1, 2, 3, 4, 5], vectors, [unit(0), unit(2)], {
    standardScore: 1.5,
    floor: 0.95,
  });
  assert.deepEqual(
    strict.map((entry) => entry.document),
    [0],
    "the floor applies too",
  );
});

test("a new tag topic whose documents all join heavier topics is dropped, not kept empty", async () => {
  // Round 1 tags 10, 15, 20, 25, 30, 35: the trade documents also get "Fußball", the sport ones only that tag.
  const chat = fakeChatModel((request: ChatRequest) => {
    const content = request.messages.at(-1)?.content ?? "";
    const numbered = [...content.matchAll(/^(\d+)\. document (\d+) about/gm)];
    return {
      documents: numbered.map((match) => {
        const document = Number(match[2]);
        const theme = themeOf(document);
        const tags =
          theme === "trade" ? [tagOf(document), "Fußball"] : theme === "sport" ? ["Fußball"] : [tagOf(document)];
        return { index: Number(match[1]), tags: tags.map((tag) => ({ tag, explanation: "x" })) };
      }),
    };
  });
  const embedder = new FakeEmbeddingModel("bag-of-words", DIMENSIONS, bagOfWords);
  const result = await runInstag(
    input,
    { ...settings, maximumRounds: 1, mergeSimilarity: 2 },
    { chat, embedder, progress: silentProgress, ...prompts },
  );
  assert.ok(
    result.topics.every((topic) => topic.members.length >= settings.minimumDocumentsPerTag),
    JSON.stringify(result.topics.map((topic) => [topic.tag, topic.members.length])),
  );
  assert.deepEqual(
    result.topics.map((topic) => topic.tag),
    ["Fußball"],
  );
});
