import assert from "node:assert/strict";
import { test } from "node:test";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { degenerateReason } from "../../../src/topics/labels/degenerate-text.js";
import { validateLabel, validateTag } from "../../../src/topics/labels/validate-label.js";

const labelPrompt = loadPrompt("topics", "label", "v2");
const instagPrompt = loadPrompt("topics", "instag", "v3");

const english = {
  prompt: labelPrompt,
  language: "en",
  keywords: ["tariffs", "trade", "steel", "imports"],
  documents: ["The government raised tariffs on steel imports, and trade partners protested the new duties."],
};

test("the demo's bad labels are each rejected with their reason", () => {
  assert.deepEqual(validateLabel("At most 5 words", english), {
    ok: false,
    reason: 'label echoes the prompt ("at most 5 words")',
  });
  assert.deepEqual(validateLabel("The topic is:", english), {
    ok: false,
    reason: 'label echoes the prompt ("the topic is")',
  });
  assert.deepEqual(validateLabel("One-One-Two-Three-Four-Five-Six-Seven-Eight-Nine-Ten-X", english), {
    ok: false,
    reason: "degenerate label: a counting sequence",
  });
});

test("empty, echoed format, degenerate and unrelated labels are rejected", () => {
  const cases: [string, RegExp][] = [
    ["   ", /^empty label$/],
    ["<topic label>", /echoes the prompt \("topic label"\)/],
    ["topic label of steel", /echoes the prompt \("topic label of"\)/],
    ["trade trade trade", /a repeated word/],
    ["steel tariffs steel tariffs", /a repeated word/],
    ["hahahaha", /a repeated unit/],
    ["1, 2, 3, 4", /mostly punctuation or digits/],
    ["--- ??? ---", /mostly punctuation or digits/],
    ["eins zwei drei vier", /a counting sequence/],
    ["一二三四五六", /a counting sequence/],
    ["Football transfer window", /shares no content word/],
    ["It was the one", /^label has no content word$/],
  ];
  for (const [label, reason] of cases) {
    const verdict = validateLabel(label, english);
    assert.equal(verdict.ok, false, label);
    assert.match(verdict.ok ? "" : verdict.reason, reason, label);
  }
});

test("good labels in English, Chinese, German and French pass", () => {
  assert.deepEqual(validateLabel("Steel tariff dispute", english), { ok: true });
  assert.deepEqual(validateLabel("Trade war", english), { ok: true });
  assert.deepEqual(validateLabel("G20 trade talks", english), { ok: true });
  const chinese = {
    prompt: labelPrompt,
    language: "zh",
    keywords: ["台湾", "军售", "美方"],
    documents: ["美方对台军售严重违反一个中国原则和中美三个联合公报规定。"],
  };
  assert.deepEqual(validateLabel("对台军售问题", chinese), { ok: true });
  assert.deepEqual(validateLabel("十四五规划", { ...chinese, keywords: ["十四五", "规划"] }), { ok: true });
  const german = {
    prompt: labelPrompt,
    language: "de",
    keywords: ["klimawandel", "emissionen", "energiewende"],
    documents: ["Die Bundesregierung will die Emissionen senken und die Energiewende beschleunigen."],
  };
  assert.deepEqual(validateLabel("Energiewende und Klimaschutz", german), { ok: true });
  assert.deepEqual(validateLabel("Baden-Baden", { ...german, documents: ["Ein Festival in Baden-Baden."] }), {
    ok: true,
  });
  const french = {
    prompt: labelPrompt,
    language: "fr",
    keywords: ["agriculteurs", "récolte", "blé"],
    documents: ["Les agriculteurs craignent une mauvaise récolte de blé cette année."],
  };
  assert.deepEqual(validateLabel("La récolte de l'agriculture", french), { ok: true });
});

test("InsTag tags that echo the InsTag prompt, are degenerate or are not about their document are refused", () => {
  const document = { text: "Steel tariffs: trade partners protest the new import duties.", language: "en" };
  for (const tag of ["explanation", "str", "user intentions", "tag", "", "1 2 3 4", "ok ok ok", "interest rates"])
    assert.match(validateTag(tag, instagPrompt, document).ok ? "" : "refused", /refused/, tag);
  assert.deepEqual(validateTag("flights", instagPrompt, document), {
    ok: false,
    reason: "tag shares no content word with its document",
  });
  const documents: [string, string, string][] = [
    ["trade tariffs", "Trade tariffs on steel rise.", "en"],
    ["Klimapolitik", "Die Klimapolitik der Regierung.", "de"],
    ["外交政策", "中国外交政策的基本原则。", "zh"],
    ["élections municipales", "Les élections municipales auront lieu en mars.", "fr"],
  ];
  for (const [tag, text, language] of documents)
    assert.deepEqual(validateTag(tag, instagPrompt, { text, language }), { ok: true }, tag);
});

test("degenerate text: plain names and numbers inside words are not degenerate", () => {
  for (const text of ["COVID-19 vaccines", "5G network", "Bora Bora", "一带一路", "World War 2"])
    assert.equal(degenerateReason(text), undefined, text);
});
