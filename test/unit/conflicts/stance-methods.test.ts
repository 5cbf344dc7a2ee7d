import assert from "node:assert/strict";
import { test } from "node:test";
import { compareStanceMethods } from "../../../src/conflicts/planted/stance-methods.js";
import { parseProbvaaVariants } from "../../../src/conflicts/planted/probvaa-variants.js";
import type { AgreementJudge } from "../../../src/conflicts/stance/judges.js";
import { HashedNgramEmbeddingModel } from "../../../src/models/embedding/hashed-ngram-embedding-model.js";

const csv = [
  "ID,statement",
  "ch_1_1000001_en,The state should fund public broadcasting.",
  "ch_1_1010001_en,Public broadcasting deserves state money.",
  "ch_1_0000101_en,The state should not fund public broadcasting.",
  "ch_1_0001001_en,The state should stop paying for public broadcasting.",
  "ch_1_0100001_en,Should the state fund public broadcasting?",
].join("\n");
const variants = parseProbvaaVariants(csv);

test("ProbVAA variants: originals and paraphrases hold the claim, negations and opposites reject it, questions are out", () => {
  assert.deepEqual(
    variants.map((variant) => [variant.kind, variant.polarity]),
    [
      ["original", 1],
      ["paraphrase", 1],
      ["negation", -1],
      ["opposite", -1],
    ],
  );
});

test("a judge that reads polarity from 'not'/'stop' is right both ways; one that always agrees is right on paraphrases only", async () => {
  const negative = (text: string) => /\b(not|stop)\b/.test(text);
  const reading: AgreementJudge = {
    modelId: "rule",
    promptVersion: "rule",
    async agreement(first, second) {
      const verdict = negative(first.text) === negative(second.text) ? "agree" : "disagree";
      return { ok: true, verdict, reason: "" };
    },
  };
  const options = { groups: 10, languages: ["en"], seed: 1 };
  const embedding = new HashedNgramEmbeddingModel();
  const right = await compareStanceMethods(variants, options, { judge: reading, embedding });
  assert.deepEqual([right.pairs, right.stances.accuracy, right.pairwise.accuracy], [3, 1, 1]);
  const yes: AgreementJudge = { ...reading, agreement: async () => ({ ok: true, verdict: "agree", reason: "" }) };
  const naive = await compareStanceMethods(variants, options, { judge: yes, embedding });
  assert.deepEqual([naive.stances.accuracy, naive.pairwise.accuracy], [1 / 3, 1 / 3]);
  assert.deepEqual(naive.pairwise.byVariant.paraphrase, { accuracy: 1, n: 1 });
});
