// The NaVAB authors' 75 real triples (human + official samples) load through the export/import record schema.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { parseTripleFile } from "../../../src/statements/import-triples.js";

const samples = { nation: "CN", outletId: "navab-pipeline-samples" } as const;
import { tripleRecordSchema } from "../../../src/statements/triple-record.js";

const folder = join(loadSettings().reference, "navab-pipeline-samples");
const load = (name: string) => {
  const file = join(folder, name);
  return parseTripleFile(readFileSync(file, "utf8"), file, { runId: "test-import", ...samples });
};

test("all 75 real triples parse into valid records with provenance ids", () => {
  const triples = [...load("human_statement_result.json"), ...load("official_statement_result.json")];
  assert.equal(triples.length, 75);
  for (const { record, articleText } of triples) {
    assert.equal(tripleRecordSchema.safeParse(record).success, true);
    assert.ok(articleText && articleText.length > 0);
    assert.equal(record.nation, "CN");
  }
  const ids = new Set(triples.map(({ record }) => record.tripleId));
  assert.equal(ids.size, 75, "ids are unique");
  assert.ok(triples.some(({ record }) => record.set === "quoted" && record.speaker !== null));
  assert.ok(triples.some(({ record }) => record.set === "official"));
});

test("an exported JSONL line round-trips and a bad line is rejected with its line number", () => {
  const [first] = load("official_statement_result.json");
  assert.ok(first);
  const line = JSON.stringify(first.record);
  assert.deepEqual(parseTripleFile(line, "x.jsonl", { runId: "r", ...samples })[0]?.record, first.record);
  const broken = JSON.stringify({ ...first.record, set: "rumour" });
  assert.throws(() => parseTripleFile(`${line}\n${broken}`, "x.jsonl", { runId: "r", ...samples }), /x\.jsonl line 2/);
});

test("authors' items missing a field are rejected with their index", () => {
  assert.throws(
    () =>
      parseTripleFile('[{"raw_news": "x", "statement": "y", "source": ""}]', "bad.json", { runId: "r", ...samples }),
    /bad\.json item 0/,
  );
});
