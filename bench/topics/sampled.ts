// navab's sample-and-assign on the bench vectors, streaming: the .f32 file is read in pages (never whole), a seeded
// sample is fitted (UMAP 5-d as navab.ts, then HDBSCAN with sampleMinClusterSize), every other row is assigned
// (UMAP transform + approximate predict) page by page over the worker pool. Holds the sample, one page and the
// outputs (a label and a probability per document).
// Usage: npx tsx bench/topics/sampled.ts COUNT [--sample 50000] [--vectors vectors-384] [--page 20000]
//          [--threads N] [--seed 42]   -> one JSON line on stdout; labels to .navab/bench/sampled-NAME-COUNT.labels.json,
//          the sample's positions to sampled-NAME-COUNT.sample.json (python_sampled.py fits the same rows)
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { assignmentModel } from "../../src/topics/clustering/assign-points.js";
import { startAssignment } from "../../src/topics/clustering/assign-workers.js";
import { fitHdbscan } from "../../src/topics/clustering/hdbscan.js";
import { adjustedRandIndex, normalizedMutualInformation } from "../../src/topics/clustering/metrics.js";
import { sampleMinClusterSize } from "../../src/topics/clustering/min-cluster-size.js";
import { samplePositions } from "../../src/topics/clustering/sample-positions.js";
import { fitUmap, PAPER_REDUCTION } from "../../src/topics/reduction/umap.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sample: { type: "string", default: "50000" },
    vectors: { type: "string", default: "vectors-384" },
    page: { type: "string", default: "20000" },
    threads: { type: "string", default: String(availableParallelism()) },
    seed: { type: "string", default: "42" },
  },
});
const count = Number(positionals[0]);
const sampleSize = Number(values.sample);
const pageSize = Number(values.page);
const threads = Number(values.threads);
const name = values.vectors;
const meta = JSON.parse(readFileSync(`.navab/bench/${name}.json`, "utf8")) as {
  count: number;
  dimensions: number;
  truth: number[];
};
if (!(count > 0 && count <= meta.count)) throw new Error(`bench/topics/sampled: COUNT must be 1..${meta.count}`);
const width = meta.dimensions;
const file = openSync(`.navab/bench/${name}.f32`, "r");
const rowBytes = width * 4;

/** Reads rows [first, first + rows) of the vectors file into `into`. */
function readRows(first: number, rows: number, into: Float32Array): Float32Array {
  const view = new Uint8Array(into.buffer, into.byteOffset, rows * rowBytes);
  readSync(file, view, 0, view.length, first * rowBytes);
  return into.subarray(0, rows * width);
}

const cpu = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
const seconds = (from: number): number => +((performance.now() - from) / 1000).toFixed(2);
const started = performance.now();
const cpuStarted = cpu();

// Pass 1: pick the sample out page by page.
const positions = samplePositions(count, sampleSize, Number(values.seed));
const inSample = new Uint8Array(count);
for (const position of positions) inSample[position] = 1;
const sample = new Float32Array(positions.length * width);
const page = new Float32Array(pageSize * width);
let taken = 0;
for (let first = 0; first < count; first += pageSize) {
  const rows = Math.min(pageSize, count - first);
  const vectors = readRows(first, rows, page);
  for (let row = 0; row < rows; row += 1)
    if (inSample[first + row] === 1) sample.set(vectors.subarray(row * width, (row + 1) * width), width * taken++);
}
const readSeconds = seconds(started);

// Fit on the sample.
const fitStarted = performance.now();
const sampleRows = Array.from({ length: positions.length }, (_, row) =>
  sample.subarray(row * width, (row + 1) * width),
);
const umap = await fitUmap(sampleRows, { ...PAPER_REDUCTION, seed: Number(values.seed) });
const umapSeconds = seconds(fitStarted);
const minClusterSize = sampleMinClusterSize(count, positions.length);
const reduced = Array.from({ length: umap.count }, (_, row) => umap.embedding.subarray(row * 5, (row + 1) * 5));
const { result, fit } = fitHdbscan(reduced, { minClusterSize });
const hdbscanSeconds = seconds(fitStarted) - umapSeconds;

// Pass 2: assign everything outside the sample, page by page.
const labels = new Int32Array(count);
const probabilities = new Float32Array(count);
positions.forEach((position, row) => {
  labels[position] = result.labels[row] as number;
  probabilities[position] = result.probabilities[row] as number;
});
const assignStarted = performance.now();
const remaining = count - positions.length;
if (fit !== undefined && remaining > 0) {
  const model = assignmentModel(umap, fit, remaining);
  const runner = startAssignment(model, threads);
  const fresh = new Float32Array(pageSize * width);
  const ids = new Int32Array(pageSize);
  try {
    for (let first = 0; first < count; first += pageSize) {
      const rows = Math.min(pageSize, count - first);
      const vectors = readRows(first, rows, page);
      let kept = 0;
      for (let row = 0; row < rows; row += 1) {
        if (inSample[first + row] === 1) continue;
        fresh.set(vectors.subarray(row * width, (row + 1) * width), kept * width);
        ids[kept++] = first + row;
      }
      const batch = {
        vectors: fresh.subarray(0, kept * width),
        ids: ids.subarray(0, kept),
        embedding: new Float64Array(kept * 5),
        labels: new Int32Array(kept),
        probabilities: new Float64Array(kept),
      };
      await runner.assign(batch);
      for (let row = 0; row < kept; row += 1) {
        labels[ids[row] as number] = batch.labels[row] as number;
        probabilities[ids[row] as number] = batch.probabilities[row] as number;
      }
      process.stderr.write(`\rassigned through ${first + rows}/${count}`);
    }
  } finally {
    await runner.close();
  }
  process.stderr.write("\n");
}
closeSync(file);
const assignSeconds = seconds(assignStarted);
// Peak before the bench's own bookkeeping (labels to JSON, ARI/NMI against the planted topics).
const assignPeakMegabytes = Math.round(process.resourceUsage().maxRSS / 1024);
const wallSeconds = seconds(started);

const fitted = Array.from(labels);
const truth = meta.truth.slice(0, count);
writeFileSync(`.navab/bench/sampled-${name}-${count}.labels.json`, JSON.stringify(fitted));
writeFileSync(`.navab/bench/sampled-${name}-${count}.sample.json`, JSON.stringify(Array.from(positions)));
console.log(
  JSON.stringify({
    tool: "navab-sampled",
    count,
    sample: positions.length,
    minClusterSize,
    threads,
    pageSize,
    readSeconds,
    umapSeconds,
    hdbscanSeconds: +hdbscanSeconds.toFixed(2),
    assignSeconds,
    wallSeconds,
    cpuSeconds: +(cpu() - cpuStarted).toFixed(2),
    peakMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
    assignPeakMegabytes,
    clusters: result.clusterCount,
    noiseShare: +(fitted.filter((label) => label < 0).length / count).toFixed(4),
    ariPlanted: +adjustedRandIndex(fitted, truth).toFixed(4),
    nmiPlanted: +normalizedMutualInformation(fitted, truth).toFixed(4),
  }),
);
