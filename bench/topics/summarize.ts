// Summarizes .navab/bench/topics-results.jsonl (written by run.sh) as a markdown table: navab / BERTopic ratios
// of wall time, CPU time and peak memory (< 1 = navab better), and clustering quality (ARI vs the planted
// topics, ARI between the two tools). Usage: npx tsx bench/topics/summarize.ts
import { existsSync, readFileSync } from "node:fs";
import { adjustedRandIndex } from "../../src/topics/clustering/metrics.js";

interface Row {
  tool: "navab" | "bertopic";
  count: number;
  minClusterSize: number;
  umapSeconds: number;
  hdbscanSeconds: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakMegabytes: number;
  clusters: number;
}

const rows = readFileSync(".navab/bench/topics-results.jsonl", "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as Row);
const truth = (JSON.parse(readFileSync(".navab/bench/vectors-384.json", "utf8")) as { truth: number[] }).truth;
const latest = new Map<string, Row>();
for (const row of rows) latest.set(`${row.tool}/${row.count}`, row);
const labels = (tool: string, count: number): number[] | undefined => {
  const path = `.navab/bench/${tool === "navab" ? "navab" : "python"}-${count}.labels.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as number[]) : undefined;
};
console.log(
  "| n | mcs | navab wall s (umap+hdbscan) | BERTopic wall s (umap+hdbscan) | wall ratio | CPU s navab / BERTopic | CPU ratio | peak MB navab / BERTopic | memory ratio | clusters navab / BERTopic | ARI vs planted navab / BERTopic | ARI navab vs BERTopic |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const count of [...new Set(rows.map((row) => row.count))].sort((a, b) => a - b)) {
  const ours = latest.get(`navab/${count}`);
  const theirs = latest.get(`bertopic/${count}`);
  if (!ours || !theirs) continue;
  const ourLabels = labels("navab", count);
  const theirLabels = labels("bertopic", count);
  const planted = truth.slice(0, count);
  const ari = (a?: number[], b?: number[]): string => (a && b ? adjustedRandIndex(a, b).toFixed(3) : "—");
  console.log(
    `| ${count} | ${ours.minClusterSize} | ${ours.wallSeconds} (${ours.umapSeconds}+${ours.hdbscanSeconds}) | ` +
      `${theirs.wallSeconds} (${theirs.umapSeconds}+${theirs.hdbscanSeconds}) | ${(ours.wallSeconds / theirs.wallSeconds).toFixed(2)} | ` +
      `${ours.cpuSeconds} / ${theirs.cpuSeconds} | ${(ours.cpuSeconds / theirs.cpuSeconds).toFixed(2)} | ` +
      `${ours.peakMegabytes} / ${theirs.peakMegabytes} | ${(ours.peakMegabytes / theirs.peakMegabytes).toFixed(2)} | ` +
      `${ours.clusters} / ${theirs.clusters} | ${ari(ourLabels, planted)} / ${ari(theirLabels, planted)} | ${ari(ourLabels, theirLabels)} |`,
  );
}
