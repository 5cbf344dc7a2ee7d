// min_cluster_size sweep on the BBC 5-d points (make_points.py): clusters, noise share, ARI/NMI vs the 5 BBC
// categories, to choose scaledMinClusterSize. Usage: npx tsx bench/hdbscan/sweep.ts [.navab/bench/bbc-5d.json]
import { readFileSync } from "node:fs";
import { hdbscan } from "../../src/topics/clustering/hdbscan.js";
import { adjustedRandIndex, normalizedMutualInformation } from "../../src/topics/clustering/metrics.js";

const input = JSON.parse(readFileSync(process.argv[2] ?? ".navab/bench/bbc-5d.json", "utf8")) as {
  points: number[][];
  categories: string[];
};
const names = [...new Set(input.categories)];
const categories = input.categories.map((name) => names.indexOf(name));
console.log(
  "| min_cluster_size | clusters | noise | ARI vs categories | NMI vs categories | purity of clustered docs |",
);
console.log("|---|---|---|---|---|---|");
for (const size of [5, 10, 15, 22, 30, 45, 60, 90, 120, 200]) {
  const { labels, clusterCount } = hdbscan(input.points, { minClusterSize: size });
  let pure = 0;
  let clustered = 0;
  for (let cluster = 0; cluster < clusterCount; cluster += 1) {
    const counts = new Map<number, number>();
    labels.forEach(
      (label, index) =>
        label === cluster &&
        counts.set(categories[index] as number, (counts.get(categories[index] as number) ?? 0) + 1),
    );
    pure += Math.max(...counts.values());
    clustered += [...counts.values()].reduce((sum, value) => sum + value, 0);
  }
  const noise = labels.filter((label) => label < 0).length / labels.length;
  console.log(
    `| ${size} | ${clusterCount} | ${(100 * noise).toFixed(1)}% | ${adjustedRandIndex(labels, categories).toFixed(3)} | ` +
      `${normalizedMutualInformation(labels, categories).toFixed(3)} | ${((100 * pure) / Math.max(1, clustered)).toFixed(1)}% |`,
  );
}
