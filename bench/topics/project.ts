// Projects sample-and-assign to paper scale (4M documents) from measured runs: fits wall time, CPU time and peak
// memory as fixed + per-document cost by least squares over the sampled.ts result lines (same sample size), and
// prints the fit, each run's residual and the projection.
// Usage: npx tsx bench/topics/project.ts [RESULTS=.navab/bench/sampled-results.jsonl] [TARGET=4000000]
import { readFileSync } from "node:fs";

interface Run {
  count: number;
  sample: number;
  wallSeconds: number;
  cpuSeconds: number;
  assignSeconds: number;
  peakMegabytes: number;
}

const file = process.argv[2] ?? ".navab/bench/sampled-results.jsonl";
const target = Number(process.argv[3] ?? 4_000_000);
const runs = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim().startsWith("{"))
  .map((line) => JSON.parse(line) as Run & { tool?: string })
  .filter((run) => run.tool === undefined || run.tool === "navab-sampled");
const sampleSizes = new Set(runs.map((run) => run.sample));
if (runs.length < 2 || sampleSizes.size !== 1)
  throw new Error(
    `bench/topics/project: need ≥ 2 runs with one sample size in ${file}; found ${runs.length} runs, sample sizes ${[...sampleSizes].join(", ")}`,
  );

/** Least-squares line y = fixed + perDocument · n. */
function fit(values: { n: number; y: number }[]): { fixed: number; perDocument: number } {
  const meanN = values.reduce((sum, value) => sum + value.n, 0) / values.length;
  const meanY = values.reduce((sum, value) => sum + value.y, 0) / values.length;
  let covariance = 0;
  let variance = 0;
  for (const value of values) {
    covariance += (value.n - meanN) * (value.y - meanY);
    variance += (value.n - meanN) ** 2;
  }
  const perDocument = variance > 0 ? covariance / variance : 0;
  return { fixed: meanY - perDocument * meanN, perDocument };
}

const measures = ["wallSeconds", "cpuSeconds", "assignSeconds", "peakMegabytes"] as const;
const projection: Record<string, unknown> = { target, sample: [...sampleSizes][0], runs: runs.map((run) => run.count) };
for (const measure of measures) {
  const line = fit(runs.map((run) => ({ n: run.count, y: run[measure] })));
  projection[measure] = {
    fixed: +line.fixed.toFixed(2),
    perMillionDocuments: +(line.perDocument * 1e6).toFixed(2),
    residuals: runs.map((run) => +(run[measure] - (line.fixed + line.perDocument * run.count)).toFixed(2)),
    projected: +(line.fixed + line.perDocument * target).toFixed(1),
  };
}
console.log(JSON.stringify(projection, null, 2));
const wall = projection.wallSeconds as { projected: number };
const peak = projection.peakMegabytes as { projected: number };
console.log(
  `projected at ${target.toLocaleString("en")} documents: ${(wall.projected / 60).toFixed(1)} min wall, ${(peak.projected / 1024).toFixed(2)} GB peak`,
);
