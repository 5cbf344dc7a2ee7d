// TEMPORARY stand-in for src/topics/reduction/umap.ts (another engineer's work, same signature) until it lands:
// UMAP via umap-js with a seeded rng and cosine distance. Delete once theirs is in.
import { UMAP } from "umap-js";
import type { ProgressReporter } from "../../shared/progress.js";

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export async function reduceDimensions(
  vectors: readonly ArrayLike<number>[],
  options: { dimensions: number; neighbors: number; minDistance: number; metric: "cosine" | "euclidean"; seed: number },
  _progress?: ProgressReporter,
): Promise<Float64Array[]> {
  const data = vectors.map((vector) => Array.from(vector));
  if (data.length <= options.dimensions + 1) return data.map((row) => Float64Array.from(row.slice(0, options.dimensions)));
  const cosine = (left: number[], right: number[]): number => {
    let dot = 0, a = 0, b = 0;
    for (let position = 0; position < left.length; position += 1) {
      dot += (left[position] ?? 0) * (right[position] ?? 0); a += (left[position] ?? 0) ** 2; b += (right[position] ?? 0) ** 2;
    }
    return 1 - dot / Math.sqrt(a * b || 1);
  };
  const umap = new UMAP({
    nComponents: options.dimensions, nNeighbors: Math.min(options.neighbors, data.length - 1), minDist: options.minDistance,
    random: seededRandom(options.seed), ...(options.metric === "cosine" ? { distanceFn: cosine } : {}),
  });
  return umap.fit(data).map((row) => Float64Array.from(row));
}
