// The Hugging Face dataset-card YAML header (hub-docs datasetcard.md: license / license_name / license_link,
// language, pretty_name, size_categories, source_datasets, task_categories, tags, and `configs` with `data_files`
// of {split, path}) and the card's sources-and-licences table, for one exported folder.
import type { PreferenceRow } from "../preference-rows.js";
import type { Split } from "../split-by-article.js";
import { licenceOf } from "./source-licences.js";

const SIZE_CATEGORIES: Array<[number, string]> = [
  [1_000, "n<1K"],
  [10_000, "1K<n<10K"],
  [100_000, "10K<n<100K"],
  [1_000_000, "100K<n<1M"],
];

const sizeCategory = (rows: number): string => SIZE_CATEGORIES.find(([limit]) => rows < limit)?.[1] ?? "1M<n<10M";

const list = (values: readonly string[]): string => `[${values.map((value) => JSON.stringify(value)).join(", ")}]`;

function sourceCounts(rows: readonly PreferenceRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const source = licenceOf(row.source).source;
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return new Map([...counts.entries()].sort());
}

export function huggingFaceHeader(name: string, files: readonly string[], split: Split): string {
  const rows = [...split.train, ...split.test];
  const sources = [...sourceCounts(rows).keys()];
  const licenceIds = new Set(sources.map((source) => licenceOf(source).huggingFaceId ?? "other"));
  const licence =
    licenceIds.size === 1 && !licenceIds.has("other")
      ? [`license: ${[...licenceIds][0]}`]
      : ["license: other", "license_name: mixed-source-licences", "license_link: README.md"];
  const languages = [
    ...new Set(rows.map((row) => row.language.split("-")[0]?.toLowerCase() ?? "").filter(Boolean)),
  ].sort();
  const dataFiles = (["train", "test"] as const).flatMap((part) => {
    const path = files.find((file) => file === `${part}.json` || file === `${part}.jsonl`);
    return path === undefined ? [] : [`  - split: ${part}`, `    path: ${path}`];
  });
  return [
    "---",
    `pretty_name: ${JSON.stringify(name)}`,
    ...licence,
    ...(languages.length > 0 ? [`language: ${list(languages)}`] : []),
    "task_categories: [text-generation]",
    "tags: [dpo, preference, value-alignment, navab]",
    `size_categories: [${sizeCategory(rows.length)}]`,
    `source_datasets: ${list(sources)}`,
    "configs:",
    "- config_name: default",
    "  data_files:",
    ...dataFiles,
    "---",
  ].join("\n");
}

export function sourcesSection(split: Split): string {
  const lines = [...sourceCounts([...split.train, ...split.test]).entries()].map(([source, rows]) => {
    const licence = licenceOf(source);
    return `| ${source} | ${licence.what} | ${rows} | ${licence.licence} |`;
  });
  return [
    "## Sources and licences",
    "Each row keeps the licence of the text it quotes; publishing the set needs every source's terms.",
    "",
    "| source | what | rows | licence |",
    "|---|---|---|---|",
    ...lines,
  ].join("\n");
}
