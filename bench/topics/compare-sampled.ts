// Quality of sample-and-assign: ARI / NMI of each tool's sample-and-assign labels against its own full fit (and, as
// the baseline, navab's full fit with UMAP seed 1 against seed 42), against the planted topics, and across tools, from the label files the runs wrote (missing files are skipped).
// Usage: npx tsx bench/topics/compare-sampled.ts COUNT [NAME=vectors-384]   -> one JSON line per comparison
import { existsSync, readFileSync } from "node:fs";
import { adjustedRandIndex, normalizedMutualInformation } from "../../src/topics/clustering/metrics.js";

const count = Number(process.argv[2]);
const name = process.argv[3] ?? "vectors-384";
const bench = ".navab/bench";
const files: Record<string, string> = {
  navabFull: `${bench}/navab-${name === "vectors-384" ? "" : `${name}-`}${count}.labels.json`,
  navabFullSeed1: `${bench}/navab-${name === "vectors-384" ? "" : `${name}-`}${count}-seed1.labels.json`,
  navabSampled: `${bench}/sampled-${name}-${count}.labels.json`,
  bertopicFull: `${bench}/python-${name === "vectors-384" ? "" : `${name}-`}${count}.labels.json`,
  bertopicSampled: `${bench}/python-sampled-${name}-${count}.labels.json`,
};
const labels = new Map<string, number[]>();
for (const [key, file] of Object.entries(files)) {
  if (existsSync(file)) labels.set(key, JSON.parse(readFileSync(file, "utf8")) as number[]);
  else console.error(`skipped ${key}: ${file} is missing`);
}
const meta = JSON.parse(readFileSync(`${bench}/${name}.json`, "utf8")) as { truth: number[] };
labels.set("planted", meta.truth.slice(0, count));
const pairs: [string, string][] = [
  ["navabSampled", "navabFull"],
  // The baseline: how far another UMAP seed moves the full fit itself.
  ["navabFullSeed1", "navabFull"],
  ["bertopicSampled", "bertopicFull"],
  ["navabSampled", "planted"],
  ["navabFull", "planted"],
  ["bertopicSampled", "planted"],
  ["bertopicFull", "planted"],
  ["navabSampled", "bertopicSampled"],
  ["navabFull", "bertopicFull"],
];
for (const [left, right] of pairs) {
  const a = labels.get(left);
  const b = labels.get(right);
  if (a === undefined || b === undefined) continue;
  const clusters = (values: number[]): number => new Set(values.filter((value) => value >= 0)).size;
  console.log(
    JSON.stringify({
      count,
      compare: `${left} vs ${right}`,
      ari: +adjustedRandIndex(a, b).toFixed(4),
      nmi: +normalizedMutualInformation(a, b).toFixed(4),
      clusters: [clusters(a), clusters(b)],
      noise: [a, b].map((values) => +(values.filter((value) => value < 0).length / values.length).toFixed(4)),
    }),
  );
}
