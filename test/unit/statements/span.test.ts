// Span location: exact offsets for copied statements (also after normalising quotes, whitespace, width and case),
// the best fuzzy span (spanExact false) inside windows of 1–3 sentences for near-copies; sentence splitting.
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

test("a near-copy is located at the matching words of its sentence and marked inexact", () => {
  const span = locateSpan(article, "China opposes interference in internal affairs");
  assert.equal(span.exact, false);
  assert.equal(article.slice(span.start, span.end), "China firmly opposes any interference in its internal affairs");
  assert.ok(span.similarity > 0.6 && span.similarity < 1);
});

test("curly quotes, full-width characters, line breaks and case do not stop an exact match", () => {
  const text = "The spokesman said: “We  will\nnever accept interference.” Talks went on.";
  const span = locateSpan(text, '"we will never accept interference."');
  assert.equal(span.exact, true);
  assert.equal(text.slice(span.start, span.end), "We  will\nnever accept interference.");
  const wide = "中方坚决反对ＡＢＣ的做法。";
  assert.equal(locateSpan(wide, "中方坚决反对ABC的做法").exact, true);
});

test("a statement spread over three sentences is found in a three-sentence window", () => {
  const text = "Intro here. We oppose war. We oppose hunger. We oppose fear. The end came.";
  const span = locateSpan(text, "We oppose war, we oppose hunger, we oppose fear", 3);
  assert.match(text.slice(span.start, span.end), /^We oppose war\. We oppose hunger\. We oppose fear\.?$/);
  assert.ok(span.similarity > 0.95);
  assert.ok(locateSpan(text, "We oppose war, we oppose hunger, we oppose fear", 1).similarity < span.similarity);
});

test("sentences end after CJK terminators and real sentence ends, not after abbreviations, initials or decimals", () => {
  const text =
    "Mr. Smith paid $3.5 million to the U.S. government. J. Doe agreed! “Why?” she asked.\n记者：好。中方反对！";
  const sentences = sentenceSpans(text).map((span) => text.slice(span.start, span.end));
  assert.deepEqual(sentences, [
    "Mr. Smith paid $3.5 million to the U.S. government.",
    "J. Doe agreed!",
    "“Why?” she asked.",
    "记者：好。",
    "中方反对！",
  ]);
});

test("Chinese text: exact and paraphrased statements", () => {
  const chinese = "发言人表示。中方坚决反对任何干涉中国内政的行为。双方将继续沟通。";
  const exact = locateSpan(chinese, "中方坚决反对任何干涉中国内政的行为");
  assert.equal(exact.exact, true);
  assert.equal(chinese.slice(exact.start, exact.end), "中方坚决反对任何干涉中国内政的行为");
  const fuzzy = locateSpan(chinese, "中方反对干涉中国内政");
  assert.equal(chinese.slice(fuzzy.start, fuzzy.end), "中方坚决反对任何干涉中国内政");
  assert.equal(sentenceSpans(chinese).length, 3);
});

test("dice similarity is 1 for equal texts and 0 for disjoint ones", () => {
  assert.equal(diceSimilarity("peace and order", "Peace and order!"), 1);
  assert.equal(diceSimilarity("abc", "xyz"), 0);
});
