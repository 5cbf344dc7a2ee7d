// The external evaluation items read from the shared reference folder: the 75 NaVAB triples and ProbVAA pairs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { parseCsvLine, readProbvaaPairs } from "../../../src/evaluation/items/probvaa-pairs.js";
import { readReferenceTriples } from "../../../src/evaluation/items/reference-triples.js";
import { InputError } from "../../../src/shared/errors.js";

const reference = loadSettings().reference;

test("the reference samples hold 35 quoted and 40 official triples with article provenance", async () => {
  const items = await readReferenceTriples(reference);
  assert.equal(items.filter((item) => item.set === "quoted").length, 35);
  assert.equal(items.filter((item) => item.set === "official").length, 40);
  for (const item of items) {
    assert.ok(item.question.length > 0 && item.statement.length > 0 && item.reverseStatement.length > 0);
    assert.notEqual(item.statement, item.reverseStatement);
    assert.match(item.articleId ?? "", /^[0-9a-f]{64}$/);
  }
});

test("ProbVAA pairs: the statement, its opposite, and a question quoting a paraphrase", async () => {
  const items = await readProbvaaPairs(reference);
  assert.ok(items.length > 200, `${items.length} pairs`);
  const defense = items.find((item) => item.id === "probvaa:nl_2");
  assert.equal(defense?.statement, "The Netherlands should spend more money on defense.");
  assert.equal(defense?.reverseStatement, "The Netherlands should spend less money on defense.");
  assert.match(defense?.question ?? "", /^A voter says: ".+" Which statement/);
  assert.ok(
    !defense?.question.includes(defense.statement),
    "the question quotes a paraphrase, not the statement itself",
  );
});

test("CSV lines with quoted commas and doubled quotes split correctly", () => {
  assert.deepEqual(parseCsvLine('a_1,"Hello, ""world"""'), ["a_1", 'Hello, "world"']);
});

test("a missing reference folder is a clear InputError", async () => {
  await assert.rejects(readReferenceTriples("/nonexistent"), InputError);
  await assert.rejects(readProbvaaPairs("/nonexistent"), InputError);
});
