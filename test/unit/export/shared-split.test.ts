// The one shared split (issue 15): both DPO variants share their test items, the conflict-reduced variant filters
// only its training side, no article and no identical statement text appears on both sides of any split, and
// split.json records the test ids that `navab eval compare --split` pairs runs on.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import {
  exportDpo,
  readSplitManifest,
  splitByArticle,
  variantSplit,
  type PreferenceRow,
  type Split,
} from "../../../src/export/index.js";
import { seededRandom } from "../../../src/shared/seeded-random.js";

const folders: string[] = [];
after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** Rows over few articles and few texts, with nations and sets mixed inside articles, so links cross strata. */
function randomRows(count: number, seed: number): PreferenceRow[] {
  const random = seededRandom(seed);
  const pick = (size: number): number => Math.floor(random() * size);
  return Array.from({ length: count }, (_unused, index) => ({
    id: `t${index}`,
    prompt: `Q${index}?`,
    chosen: pick(10) === 0 ? `  Shared   claim ${pick(40)} ` : `statement ${index}`,
    rejected: `RS${index}`,
    nation: ["CN", "US", "GB"][pick(3)] as string,
    set: pick(2) ? "quoted" : "official",
    language: "en",
    conflictReduced: pick(3) === 0 ? false : pick(5) === 0 ? null : true,
    tripleId: `t${index}`,
    statementId: `s${index}`,
    articleId: pick(10) === 0 ? null : `a${pick(count / 3)}`,
    tripleRunId: "r1",
  }));
}

const text = (row: PreferenceRow): string => row.chosen.replace(/\s+/g, " ").trim().toLowerCase();

function assertNoStraddle(split: Split, label: string): void {
  const trainArticles = new Set(split.train.flatMap((row) => (row.articleId ? [row.articleId] : [])));
  const trainTexts = new Set(split.train.map(text));
  for (const row of split.test) {
    assert.ok(!row.articleId || !trainArticles.has(row.articleId), `${label}: article ${row.articleId} on both sides`);
    assert.ok(!trainTexts.has(text(row)), `${label}: statement text "${text(row)}" on both sides`);
  }
}

test("no article and no identical statement text appears on both sides of any split or variant", () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const rows = randomRows(300, seed);
    const shared = splitByArticle(rows, 0.8, seed);
    assert.equal(shared.train.length + shared.test.length, rows.length);
    assert.ok(shared.test.length > 0 && shared.train.length > shared.test.length, `seed ${seed}: about 80/20`);
    for (const variant of ["all", "conflict-reduced"] as const)
      assertNoStraddle(variantSplit(shared, variant), `seed ${seed} ${variant}`);
  }
});

test("identical statement texts of different articles land on the same side", () => {
  const rows = randomRows(60, 3).map((row, index) => ({
    ...row,
    articleId: `solo${index}`,
    chosen: index < 6 ? "Same Text" : row.chosen,
  }));
  const split = splitByArticle(rows, 0.5, 11);
  const sides = new Set(rows.slice(0, 6).map((row) => (split.test.includes(row) ? "test" : "train")));
  assert.equal(sides.size, 1);
});

test("every nation × set stratum is split, not only the whole", () => {
  const rows = randomRows(600, 9);
  const split = splitByArticle(rows, 0.8, 13);
  for (const nation of ["CN", "US", "GB"])
    for (const set of ["quoted", "official"])
      assert.ok(
        split.test.some((row) => row.nation === nation && row.set === set),
        `${nation} ${set} has test rows`,
      );
});

test("the export writes one split.json; both variants' test files hold the same item ids", async () => {
  const folder = await mkdtemp(join(tmpdir(), "navab-shared-split-"));
  folders.push(folder);
  const rows = randomRows(200, 4);
  const outputs = await exportDpo({
    rows,
    folder,
    formats: ["trl"],
    variants: ["all", "conflict-reduced"],
    runId: "x",
    source: "test rows",
  });
  const idsOf = async (variant: string, part: string): Promise<string[]> =>
    (await readFile(join(folder, variant, "trl", `${part}.jsonl`), "utf8"))
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { id: string }).id)
      .sort();
  const manifest = await readSplitManifest(folder);
  assert.deepEqual(await idsOf("all", "test"), manifest.testItemIds);
  assert.deepEqual(await idsOf("conflict-reduced", "test"), manifest.testItemIds);
  assert.equal(manifest.variants.all?.test, manifest.variants["conflict-reduced"]?.test);
  const reducedTrain = await idsOf("conflict-reduced", "train");
  const keptIds = new Set(rows.filter((row) => row.conflictReduced === true).map((row) => row.id));
  assert.ok(
    reducedTrain.every((id) => keptIds.has(id)),
    "reduced training rows are only kept rows",
  );
  assert.ok(reducedTrain.every((id) => manifest.trainItemIds.includes(id)));
  const trainArticles = new Set(manifest.articles.train);
  assert.ok(manifest.articles.test.every((article) => !trainArticles.has(article)));
  assert.equal(outputs.length, 2);
});
