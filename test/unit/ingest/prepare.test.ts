import assert from "node:assert/strict";
import { test } from "node:test";
import type { ReaderOutput } from "../../../ingest/records.js";
import { addRecords, PreparedRows } from "../../../src/ingest/prepare.js";
import { summarize } from "../../../src/ingest/summary.js";
import { articleId, cleanText } from "../../../src/ingest/text.js";
import { detectLanguage } from "../../../src/ingest/language.js";

const record = (position: string, text: string, extra: Partial<ReaderOutput> = {}): ReaderOutput =>
  ({ type: "record", sourceFile: "f.jsonl", position, text, kind: "article", ...extra }) as ReaderOutput;

test("article id: same text with other whitespace or composition is the same Article", () => {
  assert.equal(articleId("Caf\u0065\u0301  au\nlait"), articleId("Café au lait"));
  assert.notEqual(articleId("Café au lait"), articleId("Café au lait!"));
  assert.equal(cleanText("  a \t b \r\n\r\n\r\n c  "), "a b\n\nc");
});

test("language: script-based Chinese and stopword vote for English, French, German", () => {
  assert.equal(detectLanguage("中方坚决反对日方有关消极动向，已向日方提出严正交涉。"), "zh");
  assert.equal(detectLanguage("The government said that it would not change the policy before the election."), "en");
  assert.equal(
    detectLanguage("Les gilets jaunes ont manifesté samedi dans les rues de Paris pour la quinzième fois."),
    "fr",
  );
  assert.equal(
    detectLanguage("Die Gewerkschaft sieht Handlungsbedarf bei den Verträgen, die nicht immer von Vorteil sind."),
    "de",
  );
  assert.equal(detectLanguage("12345 !!!"), "und");
});

test("prepare: nations resolved, duplicates merged, bad nations and missing outlets quarantined, summary adds up", () => {
  const rows = new PreparedRows();
  const defaults = { nation: "GB", outlet: { name: "Fixture Times" } };
  addRecords(rows, { fileId: "f.jsonl", format: "generic-jsonl", defaults }, [
    record("line:1", "The first text is about schools and the children."),
    record("line:2", "The first  text is about schools and the children.", { outlet: { name: "Other Paper" } }),
    record("line:3", "A text from somewhere else.", { nation: "XX" }),
    record("line:4", "Un texte français sur les écoles et les enfants.", { nation: "France" }),
    { type: "rejected", sourceFile: "f.jsonl", position: "line:5", reason: "unparsable", detail: "not JSON", raw: "{" },
  ]);
  addRecords(rows, { fileId: "g.jsonl", format: "generic-jsonl", defaults: {} }, [
    record("line:1", "No outlet anywhere.", { nation: "US" }),
  ]);
  assert.equal(rows.articles.size, 2);
  assert.deepEqual(
    rows.occurrences.map((occurrence) => [occurrence.position, occurrence.outletId]),
    [["line:2", "other-paper"]],
  );
  assert.deepEqual(
    rows.quarantine.map((row) => [row.file, row.position, row.reason]),
    [
      ["f.jsonl", "line:3", "unknown-nation"],
      ["f.jsonl", "line:5", "unparsable"],
      ["g.jsonl", "line:1", "missing-field"],
    ],
  );
  const french = [...rows.articles.values()].find((article) => article.properties.sourcePosition === "line:4");
  assert.equal(french?.properties.language, "fr");
  assert.equal(french?.properties.languageSource, "detected");
  assert.equal(rows.outlets.get("fixture-times")?.nation, "GB");
  const firstId = articleId("The first text is about schools and the children.");
  const summary = summarize(rows, new Set([firstId]));
  assert.deepEqual(summary.total, {
    recordsRead: 6,
    articlesNew: 1,
    articlesPresent: 1,
    duplicateRecords: 1,
    quarantined: { "unknown-nation": 1, unparsable: 1, "missing-field": 1 },
  });
  assert.equal(summary.byNation.FR?.articlesNew, 1);
  assert.equal(summary.byOutlet["Other Paper"]?.duplicateRecords, 1);
});
