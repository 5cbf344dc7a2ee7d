// The split manifest (split.json at the root of a DPO export): the one split's seed and rule, the test and train
// item ids, the articles on each side, and each variant's sizes. `navab eval run --split` evaluates exactly its
// test items and `navab eval compare --split` pairs two runs on them (NaVAB Table 3, issue 15).
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../shared/errors.js";
import type { PreferenceRow } from "./preference-rows.js";
import type { Split } from "./split-by-article.js";

export interface SplitManifest {
  runId: string;
  source: string;
  seed: number;
  trainShare: number;
  rule: string;
  createdAt: string;
  testItemIds: string[];
  trainItemIds: string[];
  articles: { train: string[]; test: string[] };
  /** variant → its train and test sizes (every variant's test side is the same items). */
  variants: Record<string, { train: number; test: number }>;
  strata: { nation: string; set: string; train: number; test: number }[];
}

export const SPLIT_RULE =
  "one seeded split by article per nation × set over all candidate rows; rows sharing an article or an identical " +
  "statement text stay on one side; the conflict-reduced variant filters only its training side";

const ids = (rows: readonly PreferenceRow[]): string[] => [...new Set(rows.map((row) => row.id))].sort();
const articles = (rows: readonly PreferenceRow[]): string[] =>
  [...new Set(rows.flatMap((row) => (row.articleId ? [row.articleId] : [])))].sort();

function strata(split: Split): SplitManifest["strata"] {
  const table = new Map<string, SplitManifest["strata"][number]>();
  for (const side of ["train", "test"] as const)
    for (const row of split[side]) {
      const key = `${row.nation}|${row.set}`;
      const entry = table.get(key) ?? { nation: row.nation, set: row.set, train: 0, test: 0 };
      entry[side] += 1;
      table.set(key, entry);
    }
  return [...table.values()].sort((left, right) =>
    `${left.nation}|${left.set}`.localeCompare(`${right.nation}|${right.set}`),
  );
}

export function splitManifest(
  facts: Pick<SplitManifest, "runId" | "source" | "seed" | "trainShare">,
  split: Split,
  variants: Record<string, Split>,
): SplitManifest {
  return {
    ...facts,
    rule: SPLIT_RULE,
    createdAt: new Date().toISOString(),
    testItemIds: ids(split.test),
    trainItemIds: ids(split.train),
    articles: { train: articles(split.train), test: articles(split.test) },
    variants: Object.fromEntries(
      Object.entries(variants).map(([name, rows]) => [name, { train: rows.train.length, test: rows.test.length }]),
    ),
    strata: strata(split),
  };
}

export async function writeSplitManifest(folder: string, manifest: SplitManifest): Promise<string> {
  const path = join(folder, "split.json");
  await writeFile(path, `${JSON.stringify(manifest, null, 1)}\n`);
  return path;
}

/** Reads split.json, given the file or the export folder holding it. */
export async function readSplitManifest(path: string): Promise<SplitManifest> {
  const file = (await stat(path).catch(() => undefined))?.isDirectory() ? join(path, "split.json") : path;
  const text = await readFile(file, "utf8").catch(() => {
    throw new InputError(
      `export/split-manifest: cannot read ${file}; pass the split.json of a \`navab export dpo\` run`,
    );
  });
  const manifest = JSON.parse(text) as Partial<SplitManifest>;
  if (!Array.isArray(manifest.testItemIds) || typeof manifest.variants !== "object")
    throw new InputError(`export/split-manifest: ${file} is not a split manifest (no testItemIds / variants)`);
  return manifest as SplitManifest;
}
