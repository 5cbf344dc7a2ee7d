// Approximate k-nearest-neighbour graph by NN-descent (Dong, Moses & Li 2011), as pynndescent / umap-learn
// build it: random-projection-forest leaves seed the candidate lists, then each round joins every point's
// sampled new and old neighbours ("a neighbour of my neighbour is likely my neighbour") until fewer than
// delta·k·n lists change. Everything sits in flat typed arrays; draws come from the caller's seeded stream, so
// the same input and seed give the same graph. Row i lists i itself first (distance 0), as umap-learn's graph.
import type { RandomSource } from "../../shared/seeded-random.js";
import type { NeighborGraph } from "./exact-neighbors.js";
import type { RowDistance } from "./row-distance.js";
import { createHeaps, pushNeighbor, selfFirstHeaps, toNeighborGraph, type NeighborHeaps } from "./neighbor-heap.js";
import { forEachLeaf } from "./random-projection-forest.js";

export interface DescentOptions {
  neighbors: number;
  angular: boolean;
  /** Stop when a round changes fewer than delta · neighbors · count entries (pynndescent: 0.001). */
  delta?: number;
  maxCandidates?: number;
}

export function neighborDescent(
  values: Float32Array,
  count: number,
  width: number,
  distance: RowDistance,
  options: DescentOptions,
  random: RandomSource,
): NeighborGraph {
  const k = Math.min(options.neighbors, count);
  const heaps = selfFirstHeaps(count, k);
  const measure = (a: number, b: number): number => Math.max(0, distance(values, a, b, width));
  const trees = Math.min(64, 5 + Math.round(Math.sqrt(count) / 20));
  forEachLeaf(
    values,
    count,
    width,
    { trees, leafSize: Math.max(60, Math.min(256, 5 * k)), angular: options.angular },
    random,
    (order, start, end) => {
      for (let a = start; a < end; a += 1) {
        const p = order[a] as number;
        for (let b = a + 1; b < end; b += 1) {
          const q = order[b] as number;
          const d = measure(p, q);
          pushNeighbor(heaps, p, q, d, 1);
          pushNeighbor(heaps, q, p, d, 1);
        }
      }
    },
  );
  fillRandomly(heaps, count, measure, random);
  const rounds = Math.max(5, Math.round(Math.log2(count)));
  const candidates = Math.min(options.maxCandidates ?? 60, count);
  const fresh = createHeaps(count, candidates);
  const old = createHeaps(count, candidates);
  const threshold = (options.delta ?? 0.001) * k * count;
  for (let round = 0; round < rounds; round += 1) {
    sampleCandidates(heaps, fresh, old, random);
    if (join(heaps, fresh, old, measure) <= threshold) break;
  }
  return toNeighborGraph(heaps);
}

/** Rows whose leaves held fewer than k points get random neighbours, so every list starts full. */
function fillRandomly(
  heaps: NeighborHeaps,
  count: number,
  measure: (a: number, b: number) => number,
  random: RandomSource,
): void {
  const { size, indices } = heaps;
  for (let row = 0; row < count; row += 1) {
    for (let attempt = 0; indices[row * size] === -1 && attempt < 4 * size; attempt += 1) {
      const other = Math.floor(random() * count);
      if (other !== row) pushNeighbor(heaps, row, other, measure(row, other), 1);
    }
  }
}

/** Per point, up to `candidates` new and old neighbours (forward and reverse), chosen by random priority. */
function sampleCandidates(heaps: NeighborHeaps, fresh: NeighborHeaps, old: NeighborHeaps, random: RandomSource): void {
  fresh.indices.fill(-1);
  fresh.distances.fill(Infinity);
  old.indices.fill(-1);
  old.distances.fill(Infinity);
  const { rows, size, indices, flags } = heaps;
  for (let row = 0; row < rows; row += 1) {
    for (let slot = 0; slot < size; slot += 1) {
      const other = indices[row * size + slot] as number;
      if (other < 0 || other === row) continue;
      const priority = random();
      const target = flags[row * size + slot] === 1 ? fresh : old;
      pushNeighbor(target, row, other, priority, 0);
      pushNeighbor(target, other, row, priority, 0);
    }
  }
  // Sampled new neighbours become old: they are joined this round.
  const width = fresh.size;
  for (let row = 0; row < rows; row += 1) {
    for (let slot = 0; slot < size; slot += 1) {
      if (flags[row * size + slot] !== 1) continue;
      const other = indices[row * size + slot] as number;
      for (let candidate = 0; candidate < width; candidate += 1) {
        if (fresh.indices[row * width + candidate] === other) {
          flags[row * size + slot] = 0;
          break;
        }
      }
    }
  }
}

/** Local join: measures new×new and new×old candidate pairs of every point; returns how many lists changed. */
function join(
  heaps: NeighborHeaps,
  fresh: NeighborHeaps,
  old: NeighborHeaps,
  measure: (a: number, b: number) => number,
): number {
  const width = fresh.size;
  let updates = 0;
  for (let row = 0; row < heaps.rows; row += 1) {
    const base = row * width;
    for (let a = 0; a < width; a += 1) {
      const p = fresh.indices[base + a] as number;
      if (p < 0) continue;
      for (let b = a + 1; b < width; b += 1) {
        const q = fresh.indices[base + b] as number;
        if (q < 0) continue;
        const d = measure(p, q);
        updates += pushNeighbor(heaps, p, q, d, 1) + pushNeighbor(heaps, q, p, d, 1);
      }
      for (let b = 0; b < width; b += 1) {
        const q = old.indices[base + b] as number;
        if (q < 0 || q === p) continue;
        const d = measure(p, q);
        updates += pushNeighbor(heaps, p, q, d, 1) + pushNeighbor(heaps, q, p, d, 1);
      }
    }
  }
  return updates;
}
