import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import {
  keywordLabel,
  labelTopic,
  parseLabelAnswer,
  type LabelRequest,
} from "../../../src/topics/labels/label-topic.js";
import { loadPrompt, promptVersionOf } from "../../../src/llm/prompt-file.js";

const prompt = loadPrompt("topics", "label", "v2");
const request = {
  documents: ["Chelsea beat Arsenal 2-1 in the league.", "Liverpool sign a new striker."],
  keywords: ["league", "striker", "chelsea"],
  language: "en",
  seed: 42,
};

test("the label prompt is BERTopic's default, filled with documents and keywords", async () => {
  const chat = fakeChatModel({ topic: "English football league" });
  const label = await labelTopic(request, chat, prompt);
  assert.deepEqual(label, { label: "English football league", source: "llm" });
  const content = chat.calls[0]?.messages.at(-1)?.content ?? "";
  assert.match(
    content,
    /I have a topic that contains the following documents:\n<data-documents>\n- Chelsea beat Arsenal/,
  );
  assert.match(
    content,
    /The topic is described by the following keywords: <data-keywords>\nleague, striker, chelsea\n/,
  );
  assert.match(content, /at most 5 words/);
  assert.ok(chat.calls[0]?.jsonSchema !== undefined);
  assert.equal(promptVersionOf(prompt), "topics/label.v2");
});

test("plain 'topic: <label>' answers are accepted and cleaned", () => {
  assert.equal(parseLabelAnswer("topic: Premier League transfers."), "Premier League transfers");
  assert.equal(parseLabelAnswer('{"topic": "topic: 台湾问题"}'), "台湾问题");
  assert.equal(parseLabelAnswer("I cannot help with that"), undefined);
});

test("invalid, too long or failed answers fall back to the keywords and say why", async () => {
  const tooLong = await labelTopic(
    request,
    fakeChatModel({ topic: "a label that is much longer than five words" }),
    prompt,
  );
  assert.deepEqual(tooLong, {
    label: "league, striker, chelsea",
    source: "keywords",
    failure: "label longer than 5 words",
  });
  const generic = await labelTopic(request, fakeChatModel("topic: The topic"), prompt);
  assert.deepEqual(generic, {
    label: "league, striker, chelsea",
    source: "keywords",
    failure: 'generic label "The topic"',
  });
  const garbage = await labelTopic(request, fakeChatModel("no idea"), prompt);
  assert.equal(garbage.source, "keywords");
  const failing = await labelTopic(
    request,
    fakeChatModel(() => {
      throw new Error("server down");
    }),
    prompt,
  );
  assert.match(failing.failure ?? "", /server down/);
  const chinese = await labelTopic(
    { ...request, keywords: ["台湾", "军售"], language: "zh" },
    fakeChatModel("nothing"),
    prompt,
  );
  assert.equal(chinese.label, "台湾、军售");
});

test("the demo's bad labels, answered by the model, are rejected and fall back to the keywords with the reason", async () => {
  const chinese = {
    documents: ["外交部发言人就中美经贸关系答记者问，强调合作共赢。", "中方敦促美方取消对华加征关税。"],
    keywords: ["中美", "经贸", "关税"],
    language: "zh",
    seed: 42,
  };
  const cases: [typeof request, string, string][] = [
    [request, "At most 5 words", 'label echoes the prompt ("at most 5 words")'],
    [chinese, "The topic is:", 'label echoes the prompt ("the topic is")'],
    [chinese, "One-One-Two-Three-Four-Five-Six-Seven-Eight-Nine-Ten-X", "degenerate label: a counting sequence"],
  ];
  for (const [topic, answer, reason] of cases) {
    for (const reply of [{ topic: answer }, `topic: ${answer}`]) {
      const chat = fakeChatModel(reply);
      const label = await labelTopic(topic, chat, prompt);
      assert.deepEqual(
        label,
        { label: keywordLabel(topic.keywords, topic.language), source: "keywords", failure: reason },
        `${JSON.stringify(reply)} is refused`,
      );
      assert.ok(chat.calls.length >= 1, "the model was asked");
    }
  }
});

test("labels about something else than the topic are refused; good labels in four languages are kept", async () => {
  const unrelated = await labelTopic(request, fakeChatModel({ topic: "Climate summit in Paris" }), prompt);
  assert.equal(unrelated.source, "keywords");
  assert.equal(unrelated.failure, "label shares no content word with the topic's keywords and documents");
  const good: [LabelRequest, string][] = [
    [request, "Premier League transfers"],
    [
      { ...request, documents: ["中方敦促美方取消对华加征关税。"], keywords: ["关税", "中美"], language: "zh" },
      "中美关税争端",
    ],
    [
      { ...request, documents: ["Die Energiewende kostet Milliarden."], keywords: ["energiewende"], language: "de" },
      "Kosten der Energiewende",
    ],
    [
      { ...request, documents: ["Les agriculteurs manifestent à Paris."], keywords: ["agriculteurs"], language: "fr" },
      "Colère des agriculteurs",
    ],
  ];
  for (const [topic, label] of good)
    assert.deepEqual(await labelTopic(topic, fakeChatModel({ topic: label }), prompt), { label, source: "llm" });
});
