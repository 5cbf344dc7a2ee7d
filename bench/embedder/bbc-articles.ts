// Article-level similarity on BBC (Greene & Cunningham 2006; five categories): cosine of same-category vs
// different-category article pairs, texts cut as the conflict graph cuts them (title + text, 3,000 characters),
// from which the `semantic` thresholds in src/models/embedding/settings/thresholds.v1.json are chosen.
// Usage: npx tsx bench/embedder/bbc-articles.ts [--per-category 10] [--embedders hashed,e5-passage] [--check 0.15] [--json]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { GRAPH_SETTINGS } from "../../src/conflicts/settings.js";
import { resolveSettings } from "../../src/kernel/index.js";
import { loadSettings } from "../../src/config/settings.js";
import { benchEmbedders, cosine } from "./embedders.js";
import { thresholdSummary } from "./separation.js";

const { values } = parseArgs({
  options: {
    "per-category": { type: "string", default: "10" },
    embedders: { type: "string", default: "hashed,e5-passage" },
    json: { type: "boolean", default: false },
    /** Thresholds to report recall and false-positive rate at, e.g. the chosen ones. */
    check: { type: "string", default: "" },
  },
});
const settings = loadSettings();
const checked = values.check === "" ? [] : values.check.split(",").map(Number);
const folder = join(settings.corpora, "uk-bbc");
const articles = ["business", "entertainment", "politics", "sport", "tech"].flatMap((category) =>
  readdirSync(join(folder, category))
    .sort()
    .slice(0, Number(values["per-category"]))
    .map((file) => ({
      category,
      text: readFileSync(join(folder, category, file), "utf8").slice(
        0,
        resolveSettings("conflicts.graph", GRAPH_SETTINGS).settings.articleCharacters,
      ),
    })),
);
const report: Record<string, unknown> = {};
for (const [name, model] of benchEmbedders(values.embedders.split(","), settings.home)) {
  const started = Date.now();
  const vectors = await model.embed(
    articles.map((article) => article.text),
    { language: "en" },
  );
  const seconds = (Date.now() - started) / 1000;
  const [same, different]: [number[], number[]] = [[], []];
  articles.forEach((article, left) => {
    for (let right = left + 1; right < articles.length; right += 1)
      (articles[right]!.category === article.category ? same : different).push(cosine(vectors[left]!, vectors[right]!));
  });
  report[name] = { model: model.id, articles: articles.length, seconds, ...thresholdSummary(same, different, checked) };
}
console.log(JSON.stringify(report, null, values.json ? 1 : 2));
