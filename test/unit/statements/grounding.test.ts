// The grounding gate: written-out statements count only when found in the article (verbatim, normalised, or above
// the similarity threshold), the prompt's own example is recognised as such, and numbered sentences give the
// article's own text by construction or a clear reason.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { extractionRequest } from "../../../src/statements/extraction-methods.js";
import { groundQuotedStatement, groundSelectedSentences, numberSentences } from "../../../src/statements/grounding.js";

const settings = { minimumSimilarity: 0.8, maximumSentences: 3 };
const pressConference = "汪文斌：中方坚决反对任何形式的“台独”分裂活动。我们敦促美方停止干涉中国内政。下面请提问。";

test("the prompt's own example quoted as a statement of a real article is unsupported (the demo's fabricated quote)", () => {
  const prompt = loadPrompt("statements", "statement-extraction", "v1");
  const examples = prompt.examples.flatMap((example) => [example.user, example.assistant]);
  const grounded = groundQuotedStatement(
    pressConference,
    { text: "the country must never again accept child poverty as normal", valueClaim: "x", stance: "oppose" },
    settings,
    examples,
  );
  assert.equal(grounded.unsupportedReason, "prompt-example");
  assert.equal(grounded.span.exact, false);
  const invented = groundQuotedStatement(
    pressConference,
    { text: "中方欢迎各国投资者来华投资兴业", valueClaim: "x", stance: "support" },
    settings,
    examples,
  );
  assert.equal(invented.unsupportedReason, "not-in-article");
});

test("copied and near-copied statements are supported, stored as the article's matched span", () => {
  const copied = groundQuotedStatement(
    pressConference,
    { text: "中方坚决反对任何形式的“台独”分裂活动", valueClaim: "台独", stance: "oppose" },
    settings,
    [],
  );
  assert.equal(copied.unsupportedReason, null);
  assert.equal(pressConference.slice(copied.span.start, copied.span.end), "中方坚决反对任何形式的“台独”分裂活动");
  const near = groundQuotedStatement(
    pressConference,
    { text: "我们敦促美方停止干涉内政", valueClaim: "内政", stance: "oppose" },
    settings,
    [],
  );
  assert.equal(near.unsupportedReason, null);
  assert.ok(near.span.similarity >= 0.8 && near.span.similarity < 1);
  assert.equal(near.text, pressConference.slice(near.span.start, near.span.end), "stored as the article's words");
  assert.ok(pressConference.includes(near.text) && near.text.includes("中国内政"));
  const typo = groundQuotedStatement(
    pressConference,
    { text: "中方坚决反对任何形式的“台独”分裂活劲", valueClaim: "台独", stance: "oppose" },
    settings,
    [],
  );
  assert.equal(typo.unsupportedReason, null);
  assert.ok(pressConference.includes(typo.text) && !typo.text.includes("活劲"), "the model's typo is not stored");
  const strict = groundQuotedStatement(
    pressConference,
    { text: "我们敦促美方停止干涉内政", valueClaim: "内政", stance: "oppose" },
    { ...settings, minimumSimilarity: 1 },
    [],
  );
  assert.equal(strict.unsupportedReason, "not-in-article", "the threshold comes from the settings");
});

test("numbered sentences: the statement is the article's own text, bad numbers are unsupported with a reason", () => {
  const numbered = numberSentences(pressConference, 3000);
  assert.equal(numbered.text.split("\n")[1], "[2] 我们敦促美方停止干涉中国内政。");
  const ground = (sentences: number[]) =>
    groundSelectedSentences(
      pressConference,
      numbered.sentences,
      { sentences, valueClaim: "c", stance: "oppose" },
      settings,
    );
  assert.equal(ground([2]).text, "我们敦促美方停止干涉中国内政。");
  assert.equal(ground([2, 1]).text, "汪文斌：中方坚决反对任何形式的“台独”分裂活动。我们敦促美方停止干涉中国内政。");
  assert.equal(ground([2]).span.exact, true);
  assert.equal(ground([4]).unsupportedReason, "sentence-out-of-range");
  assert.equal(ground([0]).unsupportedReason, "sentence-out-of-range");
  assert.equal(ground([1, 3]).unsupportedReason, "sentences-not-consecutive");
  assert.equal(
    groundSelectedSentences(
      pressConference,
      numbered.sentences,
      { sentences: [1, 2], valueClaim: "c", stance: "oppose" },
      {
        ...settings,
        maximumSentences: 1,
      },
    ).unsupportedReason,
    "too-many-sentences",
  );
});

test("numbering keeps whole sentences within the prompt's data budget", () => {
  const article = Array.from({ length: 50 }, (_unused, index) => `Sentence number ${index} is here.`).join(" ");
  const numbered = numberSentences(article, 200);
  assert.ok(numbered.text.length <= 200);
  assert.equal(numbered.sentences.length, numbered.text.split("\n").length);
  assert.match(numbered.text.split("\n").at(-1) ?? "", /^\[\d+\] Sentence number \d+ is here\.$/);
});

test("the prompt file chooses the method: v2 sends numbered sentences and reads sentence numbers", () => {
  const article = { text: "We oppose war. Trade grew.", language: "en" };
  const options = { maxStatements: 5, grounding: settings };
  const v2 = extractionRequest(loadPrompt("statements", "statement-extraction", "v2"), article, options, "English");
  assert.equal(v2.variables.sentences, "[1] We oppose war.\n[2] Trade grew.");
  const grounded = v2.ground(
    v2.schema.parse({ statements: [{ sentences: [1], valueClaim: "war", stance: "oppose" }] }) as {
      statements: unknown[];
    },
  );
  assert.equal(grounded[0]?.text, "We oppose war.");
  const v1 = extractionRequest(loadPrompt("statements", "statement-extraction", "v1"), article, options, "English");
  assert.equal(v1.variables.article, article.text);
  assert.equal(
    v1.ground({ statements: [{ text: "We oppose war", valueClaim: "w", stance: "oppose" }] })[0]?.unsupportedReason,
    null,
  );
});
