import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fromRepository } from "../../../src/config/paths.js";
import { readBbcText } from "../../../ingest/bbc-text.js";
import { readFrenchDocXml } from "../../../ingest/french-doc-xml.js";
import { readGenericCsv } from "../../../ingest/generic-csv.js";
import { readGenericJsonl } from "../../../ingest/generic-jsonl.js";
import { parseGnadLine, readGnadCsv } from "../../../ingest/gnad-csv.js";
import { readMfaPressHtml } from "../../../ingest/mfa-press-html.js";
import type { RawRecord, Reader, ReaderOutput } from "../../../ingest/records.js";
import { readUnDebateText } from "../../../ingest/un-debate-text.js";

const fixture = (name: string) => fromRepository("test", "fixtures", "ingest", name);
const read = (reader: Reader, name: string): ReaderOutput[] =>
  reader({ path: fixture(name), bytes: readFileSync(fixture(name)) });
const good = (outputs: ReaderOutput[]) => outputs.filter((output): output is RawRecord => output.type === "record");
const rejections = (outputs: ReaderOutput[]) =>
  outputs.flatMap((output) => (output.type === "rejected" ? [`${output.position} ${output.reason}`] : []));

test("bbc-text: title on line 1, category from the folder, Latin-1 fallback recorded", () => {
  const [record] = good(read(readBbcText, "bbc/sport/001.txt"));
  assert.equal(record?.title, "Fixture title");
  assert.equal(record?.text, "The ticket cost £100 in a fixture sentence.");
  assert.equal(record?.category, "sport");
  assert.equal(record?.decodedAs, "latin1");
  assert.deepEqual(rejections(read(readBbcText, "bbc/sport/002.txt")), ["file empty-text"]);
});

test("generic-jsonl: good lines land, each broken line is rejected with its line and reason", () => {
  const outputs = read(readGenericJsonl, "broken.jsonl");
  assert.deepEqual(rejections(outputs), [
    "line:2 bad-encoding",
    "line:3 empty-text",
    "line:4 unparsable",
    "line:5 missing-field",
    "line:9 unparsable",
  ]);
  const records = good(outputs);
  assert.deepEqual(
    records.map((record) => record.position),
    ["line:1", "line:6", "line:8", "line:10"],
  );
  assert.deepEqual(records[0]?.outlet, { name: "Fixture Times" });
  assert.equal(records[0]?.nation, "GB");
  assert.equal(records[1]?.nation, "XX", "the reader keeps the declared nation; the stage rejects it");
  assert.equal(records[3]?.kind, "statement");
});

test("generic-csv: header columns, quoted commas, an unparsable record is rejected", () => {
  const outputs = read(readGenericCsv, "broken.csv");
  const [record] = good(outputs);
  assert.equal(record?.text, "A, quoted text");
  assert.equal(record?.outlet?.name, "Fixture Post");
  assert.equal(rejections(outputs).length, 1);
  assert.match(rejections(outputs)[0] ?? "", /unparsable/);
});

test("gnad-csv: ' quoting with doubled quotes, unquoted text, broken lines rejected by line", () => {
  assert.deepEqual(parseGnadLine("Sport;'It''s; fine'"), { label: "Sport", text: "It's; fine" });
  assert.deepEqual(parseGnadLine("Web;plain text"), { label: "Web", text: "plain text" });
  const outputs = read(readGnadCsv, "broken-gnad.csv");
  assert.deepEqual(
    good(outputs).map((record) => [record.category, record.text]),
    [
      ["Sport", "Ein 'guter' Text; mit Semikolon."],
      ["Web", "Ein zweiter guter Text ohne Anführung."],
    ],
  );
  assert.deepEqual(rejections(outputs), [
    "line:3 unparsable",
    "line:4 empty-text",
    "line:5 unparsable",
    "line:6 unparsable",
    "line:7 bad-encoding",
  ]);
});

test("french-doc-xml: quoted and unquoted attributes, entities, outlets by source or url host", () => {
  const outputs = read(readFrenchDocXml, "broken-docs.xml");
  const [belgian, swiss] = good(outputs);
  assert.equal(belgian?.title, 'Un "bon" article');
  assert.deepEqual(belgian?.outlet, { name: "La Libre Belgique", kind: "private", country: "BE" });
  assert.equal(swiss?.url, "https://www.tdg.ch/story/1");
  assert.equal(swiss?.outlet?.name, "Tribune de Genève");
  assert.equal(swiss?.text, "Un article suisse avec une url sans guillemets.");
  assert.deepEqual(rejections(outputs), ["doc:3@line:9 empty-text", "doc:4@line:11 unparsable"]);
});

test("mfa-press-html: questions to the reporter's outlet, answers to the spokesperson, statements around them", () => {
  const outputs = read(readMfaPressHtml, "mfa-page.html");
  const records = good(outputs);
  assert.deepEqual(
    records.map((record) => [
      record.position,
      record.kind,
      record.text,
      record.speaker ?? record.outlet?.name,
      record.answers,
    ]),
    [
      ["item:1", "statement", "应邀请，某国外长将访华。", "毛宁", undefined],
      ["item:2", "question", "第一个问题？", "法新社", undefined],
      ["item:3", "answer", "第一个回答。\n回答的第二段。", "毛宁", "item:2"],
      ["item:4", "question", "追问的问题？", "法新社", undefined],
      ["item:5", "answer", "追问的回答。", "毛宁", "item:4"],
      ["item:6", "question", "第三个问题？", "日本广播协会", undefined],
      ["item:8", "statement", "会后公告一则。", "毛宁", undefined],
    ],
  );
  assert.deepEqual(records[1]?.outlet, { name: "法新社", kind: "press-agency", country: "FR", nation: null });
  assert.equal(records[5]?.outlet?.country, "JP");
  assert.deepEqual(rejections(outputs), ["item:7 empty-text"]);
  assert.equal(records[0]?.date, "2023-10-17");
});

test("mfa-press-html: a page without questions is one whole statement", () => {
  const records = good(read(readMfaPressHtml, "mfa-statement.html"));
  assert.equal(records.length, 1);
  assert.equal(records[0]?.kind, "statement");
  assert.equal(records[0]?.position, "page");
  assert.equal(records[0]?.text, "第一段谈话。\n第二段谈话。");
});

test("mfa-press-html: an unnamed spokesperson's 答 is the generic spokesperson; 问 comes from an unidentified reporter", () => {
  const [question, answer] = good(read(readMfaPressHtml, "mfa-qa.html"));
  assert.equal(question?.title, "外交部发言人就某事答记者问");
  assert.deepEqual(question?.outlet, {
    name: "Unidentified reporter (MFA press conference)",
    kind: "press-agency",
    country: "unknown",
    nation: null,
  });
  assert.equal(answer?.speaker, "外交部发言人");
  assert.equal(answer?.answers, "item:1");
});

test("un-debate-text: nation from the file name; other nations and odd names are rejected", () => {
  const [speech] = good(read(readUnDebateText, "un/CHN_05_1950.txt"));
  assert.equal(speech?.nation, "CN");
  assert.equal(speech?.date, "1950");
  assert.equal(speech?.kind, "speech");
  assert.deepEqual(rejections(read(readUnDebateText, "un/BRA_05_1950.txt")), ["file unknown-nation"]);
  assert.deepEqual(rejections(read(readUnDebateText, "un/speech.txt")), ["file unparsable"]);
});
