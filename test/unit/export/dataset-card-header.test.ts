// The Hugging Face header of the dataset card: configs and splits per format, the licence of each source (one
// licence id when all rows share it, `other` + the sources table otherwise), and the licences as SOURCES.md says.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import type { PreferenceRow } from "../../../src/export/index.js";
import {
  huggingFaceHeader,
  licenceOf,
  sourceOfFile,
  sourcesSection,
  SOURCE_LICENCES,
} from "../../../src/export/training/index.js";

const row = (id: string, source: string | null, language = "en"): PreferenceRow => ({
  id,
  prompt: "q",
  chosen: "s",
  rejected: "r",
  nation: "GB",
  set: "quoted",
  language,
  conflictReduced: null,
  tripleId: id,
  statementId: null,
  articleId: `a-${id}`,
  tripleRunId: null,
  source,
});

test("card header: configs with train/test paths of the format, size, languages, single licence id", () => {
  const split = {
    train: [row("1", "navab-pipeline-samples", "zh-Hant")],
    test: [row("2", "navab-pipeline-samples", "zh")],
  };
  const header = huggingFaceHeader("navab_dpo (all, trl)", ["train.jsonl", "test.jsonl"], split);
  assert.match(header, /^license: mit$/m);
  assert.match(header, /^language: \["zh"\]$/m);
  assert.match(header, /^size_categories: \[n<1K\]$/m);
  assert.match(
    header,
    /configs:\n- config_name: default\n {2}data_files:\n {2}- split: train\n {4}path: train\.jsonl\n {2}- split: test\n {4}path: test\.jsonl\n---$/,
  );
  const llamaFactory = huggingFaceHeader("x", ["train.json", "test.json", "dataset_info.json"], split);
  assert.match(llamaFactory, /path: train\.json\n/);
});

test("card header: mixed or unknown licences are `other`, and the sources table names each with its rows", () => {
  const split = { train: [row("1", "uk-bbc"), row("2", "un-general-debate")], test: [row("3", null)] };
  const header = huggingFaceHeader("x", ["train.jsonl", "test.jsonl"], split);
  assert.match(header, /^license: other\nlicense_name: mixed-source-licences\nlicense_link: README\.md$/m);
  assert.match(header, /^source_datasets: \["uk-bbc", "un-general-debate", "unknown"\]$/m);
  const section = sourcesSection(split);
  assert.match(section, /\| uk-bbc \| .* \| 1 \| copyright BBC, research use \|/);
  assert.match(section, /\| un-general-debate \| .* \| 1 \| CC0 \|/);
  assert.match(section, /\| unknown \| .* \| 1 \| unknown: state it before publishing \|/);
});

test("source of a SourceFile id: the corpus folder, or a user's own corpus for absolute paths", () => {
  assert.equal(sourceOfFile("uk-bbc/business/001.txt"), "uk-bbc");
  assert.equal(sourceOfFile("/home/me/news.jsonl"), "user-corpus");
  assert.equal(sourceOfFile(null), null);
  assert.equal(licenceOf("user-corpus").licence, "unknown: state it before publishing");
});

test("licences: each corpus and reference folder's licence is the one SOURCES.md states", (context) => {
  const path = join(loadSettings().corpora, "SOURCES.md");
  if (!existsSync(path)) return context.skip(`no ${path}`);
  const stated = new Map<string, string>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const folder = /^([\w-]+)\/$/.exec(cells[1] ?? "")?.[1];
    if (folder !== undefined) stated.set(folder, cells[cells.length - 2] ?? "");
  }
  assert.ok(stated.size >= 8, `read ${stated.size} folders from SOURCES.md`);
  for (const [source, entry] of Object.entries(SOURCE_LICENCES))
    assert.equal(entry.licence, stated.get(source), source);
});
