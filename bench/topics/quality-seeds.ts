// Cluster quality of navab's reduction + HDBSCAN over several UMAP seeds: ARI against the planted topics of the
// bench vectors (make_vectors.py). Usage: npx tsx bench/topics/quality-seeds.ts COUNT MIN_CLUSTER_SIZE [SEEDS=42,1,2,3]
// (BERTopic's side: python3 bench/topics/python_quality_seeds.py COUNT MIN_CLUSTER_SIZE 42,1,2,3).
import { readFileSync } from "node:fs";
import { reduceDimensions, PAPER_REDUCTION } from "../../src/topics/reduction/umap.js";
import { hdbscan } from "../../src/topics/clustering/hdbscan.js";
import { adjustedRandIndex } from "../../src/topics/clustering/metrics.js";
const count = Number(process.argv[2]);
const mcs = Number(process.argv[3]);
const seeds = (process.argv[4] ?? "42").split(",").map(Number);
const meta = JSON.parse(readFileSync(".navab/bench/vectors-384.json", "utf8"));
const bytes = readFileSync(".navab/bench/vectors-384.f32");
const all = new Float32Array(bytes.buffer, bytes.byteOffset, meta.count * 384);
const vectors = Array.from({ length: count }, (_, r) => all.subarray(r * 384, (r + 1) * 384));
const truth = meta.truth.slice(0, count);
const out = [];
for (const seed of seeds) {
  const reduced = await reduceDimensions(vectors, { ...PAPER_REDUCTION, seed });
  const result = hdbscan(reduced, { minClusterSize: mcs });
  out.push(+adjustedRandIndex(Array.from(result.labels), truth).toFixed(3));
}
console.log(count, out, "mean", (out.reduce((a, b) => a + b, 0) / out.length).toFixed(3));
