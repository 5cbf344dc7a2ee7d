// The readers on the real shared corpora (read from settings.corpora): every record of every file is accounted for.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { FORMATS } from "../../../ingest/formats.js";
import type { RawRecord, ReaderOutput } from "../../../ingest/records.js";
import { loadSettings } from "../../../src/config/settings.js";
import { CORPUS_FOLDERS } from "../../../src/ingest/corpora-layout.js";
import { listFiles } from "../../../src/ingest/files.js";
import { detectLanguage } from "../../../src/text/language.js";

const root = loadSettings().corpora;
const skip = existsSync(join(root, "SOURCES.md")) ? false : `no corpora at ${root}`;

function readFolder(name: string): { files: number; outputs: ReaderOutput[] } {
  const folder = CORPUS_FOLDERS[name];
  assert.ok(folder);
  const path = join(root, name);
  const files = listFiles(path).filter((file) => FORMATS[folder.format].accepts(file.slice(path.length + 1)));
  return {
    files: files.length,
    outputs: files.flatMap((file) => FORMATS[folder.format].reader({ path: file, bytes: readFileSync(file) })),
  };
}
const records = (outputs: ReaderOutput[]) => outputs.filter((output): output is RawRecord => output.type === "record");
const countBy = (values: string[]) =>
  Object.fromEntries(
    [...new Set(values)].sort().map((value) => [value, values.filter((other) => other === value).length]),
  );

test("uk-bbc: all 2,225 articles, sport/199.txt decoded as Latin-1", { skip }, () => {
  const { outputs } = readFolder("uk-bbc");
  const good = records(outputs);
  assert.equal(good.length, 2225);
  assert.deepEqual(countBy(good.map((record) => record.category ?? "")), {
    business: 510,
    entertainment: 386,
    politics: 417,
    sport: 511,
    tech: 401,
  });
  assert.deepEqual(
    good.filter((record) => record.decodedAs !== undefined).map((record) => record.sourceFile.slice(root.length + 1)),
    ["uk-bbc/sport/199.txt"],
  );
  assert.match(good.find((record) => record.decodedAs)?.text ?? "", /£/);
});

test("un-general-debate: 362 speeches split by their five nations", { skip }, () => {
  const good = records(readFolder("un-general-debate").outputs);
  assert.deepEqual(countBy(good.map((record) => record.nation ?? "")), { CN: 78, DE: 52, FR: 74, GB: 79, US: 79 });
});

test("de-10kgnad: 1,028 articles, no line rejected", { skip }, () => {
  const { outputs } = readFolder("de-10kgnad");
  assert.equal(records(outputs).length, 1028);
  assert.ok(records(outputs).every((record) => !record.text.startsWith("'")));
});

test("fr-press: 1,516 documents read; the 156 with a title and no text are quarantined as empty-text", { skip }, () => {
  const { outputs } = readFolder("fr-press");
  assert.equal(outputs.length, 1516);
  assert.equal(records(outputs).length, 1360);
  assert.deepEqual(countBy(outputs.flatMap((output) => (output.type === "rejected" ? [output.reason] : []))), {
    "empty-text": 156,
  });
  assert.equal(new Set(records(outputs).map((record) => record.outlet?.name)).size, 6);
});

test("cn-mfa-press: all 300 pages yield items; 5 statements kept whole, 295 split into Q/A", { skip }, () => {
  const { files, outputs } = readFolder("cn-mfa-press");
  assert.equal(files, 300);
  const good = records(outputs);
  assert.equal(new Set(good.map((record) => record.sourceFile)).size, 300);
  const whole = good.filter((record) => record.position === "page");
  assert.equal(whole.length, 5);
  assert.ok(whole.every((record) => record.kind === "statement"));
  const split = new Set(good.filter((record) => record.kind === "question").map((record) => record.sourceFile));
  assert.equal(split.size, 295);
  assert.ok(
    good
      .filter((record) => record.kind === "answer")
      .every((record) => record.answers !== undefined && record.speaker !== undefined),
  );
});

test("cn-gov-reports: 72 reports", { skip }, () => {
  assert.equal(records(readFolder("cn-gov-reports").outputs).length, 72);
});

test("language detection agrees with each corpus's known language on every record", { skip }, () => {
  const expected: Record<string, string> = {
    "uk-bbc": "en",
    "un-general-debate": "en",
    "de-10kgnad": "de",
    "fr-press": "fr",
    "cn-mfa-press": "zh",
    "cn-gov-reports": "zh",
  };
  for (const [name, language] of Object.entries(expected)) {
    const detected = records(readFolder(name).outputs).map((record) => detectLanguage(record.text));
    const wrong = detected.filter((value) => value !== language).length;
    assert.ok(
      wrong <= detected.length * 0.005,
      `${name}: ${wrong} of ${detected.length} not detected as ${language}: ${JSON.stringify(countBy(detected))}`,
    );
  }
});
