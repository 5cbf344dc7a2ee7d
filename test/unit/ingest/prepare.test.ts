import assert from "node:assert/strict";
import { test } from "node:test";
import type { ReaderOutput } from "../../../ingest/records.js";
import { addRecords } from "../../../src/ingest/prepare.js";
import { PreparedRows } from "../../../src/ingest/prepared-rows.js";
import { SummaryCounter } from "../../../src/ingest/summary.js";
import { articleId, cleanText } from "../../../src/text/normalize.js";
import { detectLanguage } from "../../../src/text/language.js";

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
  const file = (id: string, fileDefaults: typeof defaults | Record<string, never>) => ({
    id,
    path: id,
    format: "generic-jsonl",
    defaults: fileDefaults,
    questions: new Map<string, string>(),
  });
  addRecords(rows, file("f.jsonl", defaults), [
    record("line:1", "The first text is about schools and the children."),
    record("line:2", "The first  text is about schools and the children.", { outlet: { name: "Other Paper" } }),
    record("line:3", "A text from somewhere else.", { nation: "XX" }),
    record("line:4", "Un texte français sur les écoles et les enfants.", { nation: "France" }),
    { type: "rejected", sourceFile: "f.jsonl", position: "line:5", reason: "unparsable", detail: "not JSON", raw: "{" },
  ]);
  addRecords(rows, file("g.jsonl", {}), [record("line:1", "No outlet anywhere.", { nation: "US" })]);
  const batch = rows.take();
  assert.equal(batch.articles.length, 2);
  assert.deepEqual(
    batch.occurrences.map((occurrence) => [occurrence.position, occurrence.outletId]),
    [["line:2", "other-paper@gb"]],
  );
  assert.deepEqual(
    batch.quarantine.map((row) => [row.file, row.position, row.reason]),
    [
      ["f.jsonl", "line:3", "unknown-nation"],
      ["f.jsonl", "line:5", "unparsable"],
      ["g.jsonl", "line:1", "missing-field"],
    ],
  );
  const french = batch.articles.find((article) => article.properties.sourcePosition === "line:4");
  assert.equal(french?.properties.language, "fr");
  assert.equal(french?.properties.languageSource, "detected");
  assert.equal(french?.outletId, "fixture-times@fr", "the same outlet name in another nation is another outlet");
  assert.equal(batch.outlets.find((outlet) => outlet.id === "fixture-times@gb")?.nation, "GB");
  assert.equal(rows.take().articles.length, 0, "a batch is taken once");
  const firstId = articleId("The first text is about schools and the children.");
  const counter = new SummaryCounter();
  counter.add(batch.tallies, new Set([firstId]));
  assert.deepEqual(counter.total, {
    recordsRead: 6,
    articlesNew: 1,
    articlesPresent: 1,
    duplicateRecords: 1,
    quarantined: { "unknown-nation": 1, unparsable: 1, "missing-field": 1 },
  });
  assert.equal(counter.byNation.FR?.articlesNew, 1);
  assert.equal(counter.byOutlet["Other Paper"]?.duplicateRecords, 1);
});

test("prepare: a text repeated in a later batch is another occurrence of its Article, not a second Article", () => {
  const rows = new PreparedRows();
  const file = {
    id: "f.jsonl",
    path: "f.jsonl",
    format: "generic-jsonl",
    defaults: { nation: "GB", outlet: { name: "T" } },
    questions: new Map<string, string>(),
  };
  addRecords(rows, file, [record("line:1", "A text about schools.")]);
  const first = rows.take();
  addRecords(rows, file, [record("line:2", "A text  about schools.")]);
  const second = rows.take();
  assert.deepEqual([first.articles.length, second.articles.length, second.occurrences.length], [1, 0, 1]);
  const counter = new SummaryCounter();
  counter.add(first.tallies, new Set());
  counter.add(second.tallies, new Set());
  assert.deepEqual([counter.total.articlesNew, counter.total.duplicateRecords], [1, 1]);
});
