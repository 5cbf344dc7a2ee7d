import assert from "node:assert/strict";
import { test } from "node:test";
import { plantedTruth, type PlantedCorpus } from "../../../src/conflicts/planted/planted-corpus.js";
import { scorePlanted } from "../../../src/conflicts/planted/planted-metrics.js";

const margin = { alpha: 0.05, minimumShare: 0.6, minimumStatements: 3 };
const corpus: PlantedCorpus = {
  set: "probvaa",
  statements: [
    ...Array.from({ length: 6 }, (_, index) => ({
      id: `a${index}`,
      text: "",
      language: "en",
      label: { claim: "A", polarity: 1 as const },
    })),
    { id: "a-minority", text: "", language: "en", label: { claim: "A", polarity: -1 as const } },
    { id: "b0", text: "", language: "en", label: { claim: "B", polarity: 1 as const } },
    { id: "b1", text: "", language: "en", label: { claim: "B", polarity: -1 as const } },
  ],
};
const labels = new Map(corpus.statements.map((statement) => [statement.id, statement.label]));

test("the planted truth follows the margin: 6 vs 1 (p = 7/128 = 0.055) is contested at α 0.05, dominant at 0.1", () => {
  const truth = plantedTruth(corpus, margin);
  assert.deepEqual(
    truth.claims.map((claim) => [claim.claim, claim.support, claim.oppose, claim.dominant]),
    [
      ["A", 6, 1, null],
      ["B", 1, 1, null],
    ],
  );
  const looser = plantedTruth(corpus, { ...margin, alpha: 0.1 });
  assert.deepEqual([...looser.deviating], ["a-minority"]);
});

test("precision, recall and consistent cycles touched count what a wrong decision does", () => {
  const truth = plantedTruth(corpus, { ...margin, alpha: 0.1 });
  const unbalanced = { claim: "cA", canonical: "a0", source: "a0", target: "a-minority" };
  const balanced = { claim: "cA", canonical: "a0", source: "a0", target: "a1" };
  const right = scorePlanted(
    truth,
    labels,
    new Set(["a-minority"]),
    [{ id: "c1", claims: ["cA"], links: [unbalanced] }],
    (id) => id,
  );
  assert.deepEqual([right.precision, right.recall, right.consistentCyclesTouched], [1, 1, 0]);
  // A judge that called a0–a1 a disagreement removed a1 through a cycle that is balanced by the planted labels.
  const wrong = scorePlanted(
    truth,
    labels,
    new Set(["a1"]),
    [{ id: "c2", claims: ["cA"], links: [balanced] }],
    (id) => id,
  );
  assert.deepEqual([wrong.precision, wrong.recall, wrong.consistentCyclesTouched], [0, 0, 1]);
  // Anything removed on a contested claim (B) touches a consistent cycle.
  const contested = { claim: "cB", canonical: "b0", source: "b0", target: "b1" };
  const onB = scorePlanted(
    truth,
    labels,
    new Set(["b1"]),
    [{ id: "c3", claims: ["cB"], links: [contested] }],
    (id) => id,
  );
  assert.equal(onB.consistentCyclesTouched, 1);
});
