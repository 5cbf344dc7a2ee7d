// DPO export: seeded 80/20 split by article without leakage, the three formats passing their schemas,
// provenance on every row, variants, the dataset card, and schema checks that really reject bad files.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { readReferenceTriples } from "../../../src/evaluation/items/reference-triples.js";
import {
  exportDpo,
  itemsToPreferenceRows,
  splitByArticle,
  validateExport,
  ExportValidationError,
  type PreferenceRow,
} from "../../../src/export/index.js";
import { openAiRecordSchema } from "../../../src/export/formats/openai-schema.js";

const folders: string[] = [];
after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});
const temporary = async (): Promise<string> => {
  const folder = await mkdtemp(join(tmpdir(), "navab-dpo-"));
  folders.push(folder);
  return folder;
};

function rows(articles: number, perArticle: number): PreferenceRow[] {
  return Array.from({ length: articles * perArticle }, (_unused, index) => {
    const article = Math.floor(index / perArticle);
    return {
      id: `t${index}`,
      prompt: `Q${index}?`,
      chosen: `S${index}`,
      rejected: `RS${index}`,
      nation: index % 2 ? "US" : "CN",
      set: "quoted",
      language: "en",
      conflictReduced: index % 3 === 0,
      tripleId: `t${index}`,
      statementId: `s${index}`,
      articleId: `a${article}`,
      tripleRunId: "r1",
    };
  });
}

test("the split keeps every article on one side, is about 80/20 by article, and replays with its seed", () => {
  const all = rows(50, 3);
  const split = splitByArticle(all, 0.8, 13);
  const trainArticles = new Set(split.train.map((row) => row.articleId));
  assert.ok(
    split.test.every((row) => !trainArticles.has(row.articleId)),
    "no article on both sides",
  );
  assert.equal(trainArticles.size, 40);
  assert.equal(split.train.length + split.test.length, all.length);
  assert.deepEqual(splitByArticle(all, 0.8, 13), split);
  assert.notDeepEqual(
    splitByArticle(all, 0.8, 14).test.map((row) => row.id),
    split.test.map((row) => row.id),
  );
});

test("items connected by a shared article or the same statement text stay on one side of the split", () => {
  const all = rows(40, 1);
  // An MFA boilerplate item stated by articles a1, a7 and a23, and another row with the same text under a39.
  const shared = { ...all[1], articleIds: ["a1", "a7", "a23"] } as PreferenceRow;
  const sameText = { ...all[39], chosen: ` ${shared.chosen.toUpperCase()}!` } as PreferenceRow;
  const connected = [...all.slice(0, 1), shared, ...all.slice(2, 39), sameText];
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const split = splitByArticle(connected, 0.8, seed);
    const sideOf = (articleId: string) => (split.train.some((row) => row.articleId === articleId) ? "train" : "test");
    const sides = new Set(["a1", "a7", "a23", "a39"].map(sideOf));
    assert.equal(sides.size, 1, `seed ${seed}: a1, a7, a23 and a39 are one group`);
    assert.equal(split.train.length + split.test.length, connected.length);
  }
});

test("all formats and variants are written, pass their schemas and keep provenance ids", async () => {
  const folder = await temporary();
  const outputs = await exportDpo({
    rows: rows(10, 2),
    folder,
    formats: ["llamafactory", "trl", "openai"],
    variants: ["all", "conflict-reduced"],
    runId: "x",
    source: "test rows",
  });
  assert.equal(outputs.length, 6);
  const reduced = outputs.find((output) => output.variant === "conflict-reduced" && output.format === "trl");
  const all = outputs.find((output) => output.variant === "all" && output.format === "trl");
  assert.equal(reduced?.test, all?.test, "both variants are evaluated on the same test items");
  assert.ok((reduced?.train ?? 0) < (all?.train ?? 0), "the reduced variant filters its training side");
  const trl = (await readFile(join(folder, "all", "trl", "train.jsonl"), "utf8"))
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.ok(trl.every((row) => typeof row.articleId === "string" && typeof row.tripleId === "string"));
  const factory = JSON.parse(await readFile(join(folder, "all", "llamafactory", "train.json"), "utf8")) as {
    provenance: { articleId: string };
  }[];
  assert.ok(factory.every((row) => row.provenance.articleId.startsWith("a")));
  const openAiLines = (await readFile(join(folder, "all", "openai", "train.jsonl"), "utf8")).trim().split("\n");
  const provenanceLines = (await readFile(join(folder, "all", "openai", "train.provenance.jsonl"), "utf8"))
    .trim()
    .split("\n");
  assert.equal(openAiLines.length, provenanceLines.length);
  const card = await readFile(join(folder, "all", "openai", "README.md"), "utf8");
  assert.match(card, /no article appears on both sides/);
  assert.match(card, /\| CN \| quoted \| 10 \|/);
});

test("the 75 reference triples export and validate in every format", async () => {
  const folder = await temporary();
  const items = await readReferenceTriples(loadSettings().reference);
  const outputs = await exportDpo({
    rows: itemsToPreferenceRows(items),
    folder,
    formats: ["llamafactory", "trl", "openai"],
    variants: ["all"],
    runId: "ref",
    source: "reference",
  });
  assert.deepEqual(
    outputs.map((output) => output.validated),
    [75, 75, 75],
  );
});

test("schema checks reject malformed files", async () => {
  const folder = await temporary();
  await exportDpo({
    rows: rows(5, 1),
    folder,
    formats: ["trl", "openai", "llamafactory"],
    variants: ["all"],
    runId: "x",
    source: "t",
  });
  await writeFile(join(folder, "all", "trl", "test.jsonl"), '{"prompt":"q","chosen":"a"}\n');
  await assert.rejects(
    validateExport(join(folder, "all", "trl"), "trl"),
    (error: unknown) => error instanceof ExportValidationError && /rejected/.test(error.message),
  );
  await writeFile(
    join(folder, "all", "llamafactory", "dataset_info.json"),
    '{"d":{"file_name":"train.json","columns":{"prompt":"instruction","chosen":"chosen","rejected":"rejected"}}}',
  );
  await assert.rejects(validateExport(join(folder, "all", "llamafactory"), "llamafactory"), /ranking/);
  const withExtraKey = {
    input: { messages: [{ role: "user", content: "q" }] },
    preferred_output: [{ role: "assistant", content: "a" }],
    non_preferred_output: [{ role: "assistant", content: "b" }],
    id: "x",
  };
  assert.equal(openAiRecordSchema.safeParse(withExtraKey).success, false);
  const { id: _id, ...valid } = withExtraKey;
  assert.equal(openAiRecordSchema.safeParse(valid).success, true);
});

test("exporting nothing is a clear error", async () => {
  await assert.rejects(
    exportDpo({ rows: [], folder: await temporary(), formats: ["trl"], variants: ["all"], runId: "x", source: "t" }),
    /nothing to export/,
  );
});
