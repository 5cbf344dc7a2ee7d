// Pair judges and their calibration pieces: ProbVAA's ID digits decoded into variants, pairs per statement and
// language, a seeded sample balanced across variants and languages, the scoring rule per task, the oracle, the
// LLM judge through the structured path (a recording fake), and accuracy per language and variant with intervals.
import assert from "node:assert/strict";
import { test } from "node:test";
import { calibrationScores } from "../../../src/judges/calibration-scores.js";
import { isCorrect, llmPairJudge, oraclePairJudge, samplePairs, type LabelledPair } from "../../../src/judges/index.js";
import { labelledPairs, parseProbvaaRows, variantOfDigits } from "../../../src/judges/probvaa-labelled-pairs.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";

const CSV = [
  "ID,statement",
  "ch_1_1000010_de,Der Staat soll handeln.",
  "ch_1_1010010_de,Die Regierung sollte eingreifen.",
  "ch_1_1020010_de,Staatliche Initiativen sind nötig.",
  "ch_1_0000110_de,Der Staat soll nicht handeln.",
  "ch_1_0001010_de,Der Staat soll auf Massnahmen verzichten.",
  'ch_1_1000011_en,"The state should act, now."',
  "ch_1_0000111_en,The state should not act.",
  "ch_2_0001011_en,An opposite without its original.",
].join("\n");

test("ID digits: Original | Question | ParaphraseID | Opposite | Negation | Country-agnostic | Translation", () => {
  assert.equal(variantOfDigits("1000010"), "original");
  assert.equal(variantOfDigits("1030011"), "paraphrase");
  assert.equal(variantOfDigits("0001010"), "opposite");
  assert.equal(variantOfDigits("0000111"), "negation");
  assert.equal(variantOfDigits("0100000"), undefined, "questions are not paired");
});

test("pairs: the original against each paraphrase, its negation and its opposite, per language", () => {
  const pairs = labelledPairs(parseProbvaaRows(CSV));
  assert.deepEqual(
    pairs.map((pair) => `${pair.language}:${pair.variant}`),
    ["de:paraphrase", "de:paraphrase", "de:negation", "de:opposite", "en:negation"],
  );
  assert.equal(pairs[4]?.statement, "The state should act, now.");
  assert.equal(pairs[2]?.other, "Der Staat soll nicht handeln.");
});

const many = (): LabelledPair[] =>
  ["en", "de", "fr"].flatMap((language) =>
    (["paraphrase", "negation", "opposite"] as const).flatMap((variant) =>
      Array.from({ length: variant === "paraphrase" ? 30 : 10 }, (_unused, index) => ({
        id: `${language}-${variant}-${index}`,
        statement: "s",
        other: "o",
        variant,
        language,
      })),
    ),
  );

test("the sample is seeded and balanced across variants and languages", () => {
  const sample = samplePairs(many(), 18, 7);
  assert.equal(sample.length, 18);
  const cells = new Map<string, number>();
  for (const pair of sample)
    cells.set(`${pair.variant}/${pair.language}`, (cells.get(`${pair.variant}/${pair.language}`) ?? 0) + 1);
  assert.deepEqual([...cells.values()], new Array(9).fill(2), "9 cells, 2 each");
  assert.deepEqual(samplePairs(many(), 18, 7), sample);
  assert.notDeepEqual(
    samplePairs(many(), 18, 8).map((pair) => pair.id),
    sample.map((pair) => pair.id),
  );
  assert.equal(samplePairs(many(), undefined, 7).length, many().length);
});

test("scoring: a paraphrase must not be judged contradicting, a negation or opposite must; agreement is exact", () => {
  assert.equal(isCorrect("contradiction", "paraphrase", "same-stance"), true);
  assert.equal(isCorrect("contradiction", "paraphrase", "unrelated"), true);
  assert.equal(isCorrect("contradiction", "paraphrase", "contradicts"), false);
  assert.equal(isCorrect("contradiction", "opposite", "contradicts"), true);
  assert.equal(isCorrect("contradiction", "negation", "failed"), false);
  assert.equal(isCorrect("agreement", "paraphrase", "agree"), true);
  assert.equal(isCorrect("agreement", "negation", "different-claim"), false);
});

test("the oracle reads the labels and scores 1.0; it refuses unlabelled pairs", async () => {
  const judge = oraclePairJudge("agreement");
  const outcomes = await Promise.all(
    many().map(async (pair) => {
      const judgment = await judge.judge({
        first: pair.statement,
        second: pair.other,
        language: pair.language,
        variant: pair.variant,
      });
      return { ...pair, verdict: judgment.verdict, correct: isCorrect("agreement", pair.variant, judgment.verdict) };
    }),
  );
  const scores = calibrationScores(outcomes, { resamples: 200, seed: 1 });
  assert.equal(scores.overall.accuracy, 1);
  assert.deepEqual(Object.keys(scores.byLanguage), ["de", "en", "fr"]);
  assert.deepEqual(Object.keys(scores.byVariant), ["negation", "opposite", "paraphrase"]);
  await assert.rejects(judge.judge({ first: "a", second: "b", language: "en" }), /labelled pairs/);
});

test("the LLM judge asks through the task's prompt file with its schema and maps the answer to a verdict", async () => {
  const chat = fakeChatModel({ queue: [{ relation: "contradicts" }, "not json", "still not json"] });
  const judge = llmPairJudge(chat, "contradiction", { prompt: "v1", retries: 1 });
  assert.equal(judge.promptVersion, "judges/contradiction.v1");
  const first = await judge.judge({ first: "We should act.", second: "We should not act.", language: "en" });
  assert.deepEqual(first, { ok: true, verdict: "contradicts", cached: false });
  const user = chat.calls[0]?.messages.at(-1)?.content ?? "";
  assert.match(user, /<data-first>\nWe should act\.\n<\/data-first>/);
  assert.deepEqual((chat.calls[0]?.jsonSchema as { required: string[] }).required, ["relation"]);
  const failed = await judge.judge({ first: "a", second: "b", language: "en" });
  assert.equal(failed.verdict, "failed");
});

test("calibration scores: accuracy with a bootstrap interval, per language and variant, verdicts counted", () => {
  const outcomes = [
    { id: "1", language: "en", variant: "paraphrase", verdict: "same-stance", correct: true },
    { id: "2", language: "en", variant: "negation", verdict: "same-stance", correct: false },
    { id: "3", language: "de", variant: "negation", verdict: "contradicts", correct: true },
    { id: "4", language: "de", variant: "opposite", verdict: "failed", correct: false },
  ];
  const scores = calibrationScores(outcomes, { resamples: 500, seed: 3 });
  assert.equal(scores.overall.accuracy, 0.5);
  assert.ok(scores.overall.low <= 0.5 && scores.overall.high >= 0.5 && scores.overall.low < scores.overall.high);
  assert.equal(scores.byLanguage.en?.accuracy, 0.5);
  assert.equal(scores.byVariant.negation?.n, 2);
  assert.deepEqual(scores.verdicts, { "same-stance": 2, contradicts: 1, failed: 1 });
});
