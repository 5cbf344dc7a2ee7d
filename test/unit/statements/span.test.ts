// Span location: exact offsets for copied statements, best sentence (spanExact false) for paraphrases.
import assert from "node:assert/strict";
import { test } from "node:test";
import { diceSimilarity, locateSpan, sentenceSpans } from "../../../src/statements/span.js";

const article =
  "The minister spoke on Monday. China firmly opposes any interference in its internal affairs. Trade grew.";

test("an exactly copied statement gets its exact offsets", () => {
  const statement = "China firmly opposes any interference in its internal affairs.";
  const span = locateSpan(article, ` "${statement}" `);
  assert.equal(span.exact, true);
  assert.equal(article.slice(span.start, span.end), statement);
});

test("a paraphrase is located at the best-matching sentence and marked inexact", () => {
  const span = locateSpan(article, "China opposes interference in internal affairs");
  assert.equal(span.exact, false);
  assert.equal(article.slice(span.start, span.end), "China firmly opposes any interference in its internal affairs.");
  assert.ok(span.similarity > 0.6 && span.similarity < 1);
});

test("Chinese text: exact and paraphrased statements", () => {
  const chinese = "发言人表示。中方坚决反对任何干涉中国内政的行为。双方将继续沟通。";
  const exact = locateSpan(chinese, "中方坚决反对任何干涉中国内政的行为");
  assert.equal(exact.exact, true);
  assert.equal(chinese.slice(exact.start, exact.end), "中方坚决反对任何干涉中国内政的行为");
  const fuzzy = locateSpan(chinese, "中方反对干涉中国内政");
  assert.equal(chinese.slice(fuzzy.start, fuzzy.end), "中方坚决反对任何干涉中国内政的行为。");
  assert.equal(sentenceSpans(chinese).length, 3);
});

test("dice similarity is 1 for equal texts and 0 for disjoint ones", () => {
  assert.equal(diceSimilarity("peace and order", "Peace and order!"), 1);
  assert.equal(diceSimilarity("abc", "xyz"), 0);
});
