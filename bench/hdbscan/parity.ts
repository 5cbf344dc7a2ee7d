// Parity of navab's HDBSCAN with Python hdbscan on identical input: reads the points JSON and the labels that
// python_hdbscan.py wrote, runs navab for the same min_cluster_size values, prints ARI/NMI per setting and, when
// the input has planted `truth` labels, ARI against them. Usage:
//   npx tsx bench/hdbscan/parity.ts .navab/bench/bbc-5d.json .navab/bench/bbc-5d.python.json
import { readFileSync } from "node:fs";
import { hdbscan } from "../../src/topics/clustering/hdbscan.js";
import { adjustedRandIndex, normalizedMutualInformation } from "../../src/topics/clustering/metrics.js";

interface PythonRun {
  labels: number[];
  probabilities: number[];
  seconds: number;
}

const [pointsPath, pythonPath] = process.argv.slice(2);
if (!pointsPath || !pythonPath) throw new Error("usage: parity.ts POINTS.json PYTHON-LABELS.json");
const input = JSON.parse(readFileSync(pointsPath, "utf8")) as {
  points: number[][];
  truth?: number[];
  categories?: string[];
};
const python = JSON.parse(readFileSync(pythonPath, "utf8")) as Record<string, PythonRun>;
const sizes = [...new Set(Object.keys(python).map((key) => Number(key.split("/")[0])))];
const categoryIds = input.categories
  ? input.categories.map((name) => [...new Set(input.categories)].indexOf(name))
  : undefined;
console.log(`${input.points.length} points, ${input.points[0]?.length ?? 0}-d`);
for (const size of sizes) {
  const started = performance.now();
  const result = hdbscan(input.points, { minClusterSize: size });
  const seconds = (performance.now() - started) / 1000;
  const noise = result.labels.filter((label) => label < 0).length;
  const parts = [
    `min_cluster_size=${size}: navab ${result.clusterCount} clusters, ${noise} noise, ${seconds.toFixed(2)}s`,
  ];
  for (const algorithm of ["best", "exact", "prims_kdtree", "generic"]) {
    const run = python[`${size}/${algorithm}`];
    if (!run) continue;
    const clusters = Math.max(...run.labels) + 1;
    let probabilityGap = 0;
    run.labels.forEach((label, index) => {
      if (label >= 0 && result.labels[index] !== -1)
        probabilityGap = Math.max(
          probabilityGap,
          Math.abs((run.probabilities[index] as number) - (result.probabilities[index] as number)),
        );
    });
    parts.push(
      `vs python ${algorithm} (${clusters} clusters, ${run.seconds.toFixed(2)}s): ARI ${adjustedRandIndex(result.labels, run.labels).toFixed(4)}` +
        ` NMI ${normalizedMutualInformation(result.labels, run.labels).toFixed(4)} max|Δp| ${probabilityGap.toFixed(3)}`,
    );
  }
  if (input.truth) parts.push(`vs planted truth: ARI ${adjustedRandIndex(result.labels, input.truth).toFixed(4)}`);
  if (categoryIds) parts.push(`vs BBC categories: ARI ${adjustedRandIndex(result.labels, categoryIds).toFixed(4)}`);
  console.log(parts.join("\n  "));
}
