// Issue 17 item 5: a user's own corpus on the first try — the text in `content`, `body` or `article`, the title,
// date and url under other names: guessed (and said so), or mapped by flags and a small mapping file.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { FieldResolver } from "../../../ingest/field-mapping.js";
import { genericJsonlLines, readGenericJsonl } from "../../../ingest/generic-jsonl.js";
import type { RawRecord } from "../../../ingest/records.js";
import { fieldMapping } from "../../../src/ingest/field-options.js";

const folder = mkdtempSync(join(tmpdir(), "navab-fields-"));
after(() => rmSync(folder, { recursive: true, force: true }));

const jsonl = (...records: object[]) => Buffer.from(records.map((record) => JSON.stringify(record)).join("\n"));

test("the common names are guessed: content, body, article; headline, published, link", () => {
  const outputs = readGenericJsonl({
    path: "news.jsonl",
    bytes: jsonl(
      { content: "Text one.", headline: "One", published: "2024-05-01", link: "https://example.com/1" },
      { body: "Text two.", Title: "Two", publishedAt: "2024-05-02", URL: "https://example.com/2" },
      { article: "Text three.", pub_date: "2024-05-03" },
    ),
  }) as RawRecord[];
  assert.deepEqual(
    outputs.map((record) => [record.text, record.title, record.date, record.url]),
    [
      ["Text one.", "One", "2024-05-01", "https://example.com/1"],
      ["Text two.", "Two", "2024-05-02", "https://example.com/2"],
      ["Text three.", undefined, "2024-05-03", undefined],
    ],
  );
});

test("the notes say which field was used, guessed or mapped, and which mapped field no record has", () => {
  const parser = genericJsonlLines({ path: "news.jsonl" }, { fields: { title: "heading", url: "permalink" } });
  const lines = [
    { content: "Text.", heading: "A", published: "2024" },
    { content: "More.", heading: "B" },
  ];
  lines.forEach((record, index) => parser.push({ line: index + 1, text: JSON.stringify(record) }));
  assert.deepEqual(parser.notes(), [
    'text from field "content" (guessed; 2 of 2 records)',
    'title from field "heading" (mapped; 2 of 2 records)',
    'date from field "published" (guessed; 1 of 2 records)',
    'url: the mapped field "permalink" is in none of the 2 records',
  ]);
});

test("an explicit mapping wins over navab's own name, and reaches into nested objects", () => {
  const resolver = new FieldResolver({ text: "story.full", outlet: "source.name" });
  const values = resolver.resolve({
    text: "a teaser",
    story: { full: "The full story." },
    source: { name: "Gazette" },
  });
  assert.deepEqual([values.text, values.outlet], ["The full story.", "Gazette"]);
});

test("a record without any text field is quarantined with the names tried and the record's own fields", () => {
  const [output] = readGenericJsonl({ path: "news.jsonl", bytes: jsonl({ id: 7, summary: "Short.", headline: "H" }) });
  assert.equal(output?.type, "rejected");
  assert.match(
    output?.type === "rejected" ? output.detail : "",
    /no text field \(tried text, content, body, article.*\); the record has id, summary, headline: name it with --text-field/,
  );
});

test("mapping file and flags: flags win, unknown navab fields and empty names are refused", () => {
  const file = join(folder, "mapping.json");
  writeFileSync(file, JSON.stringify({ text: "content", title: "headline", date: "published" }));
  assert.deepEqual(fieldMapping(file, { title: "heading", url: undefined }), {
    text: "content",
    title: "heading",
    date: "published",
  });
  assert.equal(fieldMapping(undefined, { text: undefined }), undefined);
  writeFileSync(file, JSON.stringify({ txt: "content" }));
  assert.throws(() => fieldMapping(file, {}), /"txt" is not a navab field; use text, title, date, url/);
  writeFileSync(file, JSON.stringify({ text: "" }));
  assert.throws(() => fieldMapping(file, {}), /"text" must name a field of your records/);
  writeFileSync(file, "{not json");
  assert.throws(() => fieldMapping(file, {}), /is not JSON/);
});
