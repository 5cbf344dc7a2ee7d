// navab's reduction + clustering on the bench vectors (same input and settings as python_bertopic.py):
// reduceDimensions(5-d, 15 neighbours, min_dist 0, cosine, seed 42) then hdbscan(min_cluster_size).
// Usage: npx tsx bench/topics/navab.ts COUNT MIN_CLUSTER_SIZE [VECTORS=vectors-384] [SEED=42] -> one JSON line on
// stdout; labels to .navab/bench/navab-[VECTORS-]COUNT[-seedSEED].labels.json (the suffix only for another seed).
import { readFileSync, writeFileSync } from "node:fs";
import { hdbscan } from "../../src/topics/clustering/hdbscan.js";
import { PAPER_REDUCTION, reduceDimensions } from "../../src/topics/reduction/umap.js";

const count = Number(process.argv[2]);
const minClusterSize = Number(process.argv[3]);
const name = process.argv[4] ?? "vectors-384";
const seed = Number(process.argv[5] ?? PAPER_REDUCTION.seed);
const meta = JSON.parse(readFileSync(`.navab/bench/${name}.json`, "utf8")) as { count: number; dimensions: number };
const bytes = readFileSync(`.navab/bench/${name}.f32`);
const all = new Float32Array(bytes.buffer, bytes.byteOffset, meta.count * meta.dimensions);
const vectors = Array.from({ length: count }, (_, row) =>
  all.subarray(row * meta.dimensions, (row + 1) * meta.dimensions),
);
const cpu = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
const started = performance.now();
const cpuStarted = cpu();
const reduced = await reduceDimensions(vectors, { ...PAPER_REDUCTION, seed });
const umapSeconds = (performance.now() - started) / 1000;
const result = hdbscan(reduced, { minClusterSize });
const wallSeconds = (performance.now() - started) / 1000;
writeFileSync(
  `.navab/bench/navab-${name === "vectors-384" ? "" : `${name}-`}${count}${seed === PAPER_REDUCTION.seed ? "" : `-seed${seed}`}.labels.json`,
  JSON.stringify(Array.from(result.labels)),
);
console.log(
  JSON.stringify({
    tool: "navab",
    count,
    seed,
    minClusterSize,
    umapSeconds: +umapSeconds.toFixed(2),
    hdbscanSeconds: +(wallSeconds - umapSeconds).toFixed(2),
    wallSeconds: +wallSeconds.toFixed(2),
    cpuSeconds: +(cpu() - cpuStarted).toFixed(2),
    peakMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
    clusters: result.clusterCount,
  }),
);
