// How well an embedder separates ProbVAA statements by topic, and whether it can tell agreement from disagreement:
// mean cosine of statement↔paraphrase / negation / opposite per language, and same-question (a statement vs its
// five variants) against different-question pairs (vs the other statements of its country and language), from
// which the per-embedder thresholds in src/models/embedding/settings/thresholds.v1.json are chosen.
// Usage: npx tsx bench/embedder/probvaa.ts [--embedders hashed,e5-query,e5-passage] [--every N] [--countries ch,de]
//        [--languages en,de] [--check 0.9,0.93] [--json]
import { createHash } from "node:crypto";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadSettings } from "../../src/config/settings.js";
import { EmbeddingCache } from "../../src/models/embedding/embedding-cache.js";
import type { EmbeddingModel } from "../../src/models/embedding/embedding-model.js";
import { benchEmbedders, cosine } from "./embedders.js";
import { readProbvaaGroups, type ProbvaaGroup, type Variant } from "./probvaa-data.js";
import { separation } from "./separation.js";

const { values } = parseArgs({
  options: {
    embedders: { type: "string", default: "hashed,e5-query,e5-passage" },
    every: { type: "string", default: "1" },
    countries: { type: "string" },
    languages: { type: "string" },
    json: { type: "boolean", default: false },
    /** Thresholds to report recall and false-positive rate at, e.g. the chosen ones. */
    check: { type: "string", default: "" },
  },
});
const settings = loadSettings();
const checked = values.check === "" ? [] : values.check.split(",").map(Number);
const every = Number(values.every);
const keep = (list: string | undefined, value: string): boolean =>
  list === undefined || list.split(",").includes(value);
const groups = readProbvaaGroups(settings.reference)
  .filter((group) => keep(values.countries, group.country) && keep(values.languages, group.language))
  .filter((_, position) => position % every === 0);
const cache = new EmbeddingCache(join(settings.home, "cache", "embeddings"));

async function embedAll(model: EmbeddingModel): Promise<Map<string, Float32Array>> {
  const vectors = new Map<string, Float32Array>();
  const keyOf = (language: string, text: string): string =>
    createHash("sha256").update(`${language}\u0000${text}`).digest("hex").slice(0, 24);
  for (const language of [...new Set(groups.map((group) => group.language))].sort()) {
    const texts = [
      ...new Set(
        groups
          .filter((group) => group.language === language)
          .flatMap((group) => group.texts.map((entry) => entry.text)),
      ),
    ];
    const missing = texts.filter((text) => cache.get(model.id, keyOf(language, text)) === undefined);
    const embedded = await model.embed(missing, { language });
    cache.set(
      model.id,
      missing.map((text, position) => ({ key: keyOf(language, text), vector: embedded[position]! })),
    );
    for (const text of texts) vectors.set(`${language}\u0000${text}`, cache.get(model.id, keyOf(language, text))!);
  }
  return vectors;
}

function variantMeans(group: ProbvaaGroup, vector: (text: string) => Float32Array): Partial<Record<Variant, number>> {
  const statement = group.texts.find((entry) => entry.variant === "statement")!;
  const means: Partial<Record<Variant, number>> = {};
  for (const variant of ["paraphrase", "negation", "opposite"] as const) {
    const others = group.texts.filter((entry) => entry.variant === variant);
    if (others.length === 0) continue;
    const total = others.reduce((sum, entry) => sum + cosine(vector(statement.text), vector(entry.text)), 0);
    means[variant] = total / others.length;
  }
  return means;
}

const report: Record<string, unknown> = {};
for (const [name, model] of benchEmbedders(values.embedders.split(","), settings.home)) {
  const started = Date.now();
  const vectors = await embedAll(model);
  const seconds = (Date.now() - started) / 1000;
  const rows: Record<string, Record<Variant | "groups", number>> = {};
  const add = (label: string, means: Partial<Record<Variant, number>>): void => {
    const row = (rows[label] ??= { statement: 1, paraphrase: 0, negation: 0, opposite: 0, groups: 0 });
    row.groups += 1;
    for (const variant of ["paraphrase", "negation", "opposite"] as const) row[variant] += means[variant] ?? 0;
  };
  for (const group of groups) {
    const means = variantMeans(group, (text) => vectors.get(`${group.language}\u0000${text}`)!);
    add(group.language, means);
    add("all", means);
    if (group.country === "ch" && group.language === "en") add("ch/en", means);
  }
  for (const row of Object.values(rows))
    for (const variant of ["paraphrase", "negation", "opposite"] as const) row[variant] /= row.groups;
  const calibration = separation(groups, (group, text) => vectors.get(`${group.language}\u0000${text}`)!, checked);
  report[name] = { model: model.id, seconds, rows, calibration };
  if (!values.json) {
    console.log(`\n## ${name} (${model.id}), ${groups.length} groups, ${seconds.toFixed(1)} s to embed`);
    console.log("| language | groups | ↔ paraphrase | ↔ negation | ↔ opposite |\n|---|---|---|---|---|");
    for (const [label, row] of Object.entries(rows).sort(([left], [right]) => left.localeCompare(right)))
      console.log(
        `| ${label} | ${row.groups} | ${row.paraphrase.toFixed(3)} | ${row.negation.toFixed(3)} | ${row.opposite.toFixed(3)} |`,
      );
    console.log(JSON.stringify(calibration, null, 1));
  }
}
if (values.json) console.log(JSON.stringify(report, null, 1));
