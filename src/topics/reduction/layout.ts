// UMAP's layout optimization (umap-learn's optimize_layout_euclidean): stochastic gradient descent over the
// fuzzy-set edges, each edge sampled in proportion to its weight, `NEGATIVE_RATE` random repulsions per
// attraction, learning rate decaying linearly to 0. Flat typed arrays in SharedArrayBuffers; powers as
// exp(b·ln d), one per sample (~2× cheaper than Math.pow in V8). The data is built by layout-setup.ts; this file
// is all a worker thread loads.
//
// Partitioned so worker threads can share the work and the result is still exactly reproducible, whatever the
// number of threads: vertices are cut into PARTITIONS ranges balanced by edge count; partition p processes the
// edges whose head it owns with its own random stream. It reads and moves its own vertices live; vertices of
// other partitions it reads from the snapshot taken at the start of the epoch (at most one epoch stale, like
// Hogwild's lag) and owes them their moves in its own delta buffer, added in partition order after the epoch
// (finishEpoch). No partition sees another's writes within an epoch, so any schedule gives the same bits.
// (Moving only the head, by a doubled step, lost ~0.1 ARI on planted clusters: both ends must move.)
import { seededStream, type RandomSource } from "../../shared/seeded-random.js";

export const PARTITIONS = 4;
export const NEGATIVE_RATE = 5;
const CLIP = 4;

/** Everything a thread needs to run partitions, as transferable plain data over shared memory. */
export interface LayoutData {
  dimensions: number;
  vertices: number;
  epochs: number;
  a: number;
  b: number;
  seed: number;
  /** Partition p owns vertices [vertexBounds[p], vertexBounds[p+1]) and edges [edgeBounds[p], edgeBounds[p+1]). */
  vertexBounds: number[];
  edgeBounds: number[];
  embedding: Float64Array;
  snapshot: Float64Array;
  /** Per partition, the moves it owes vertices of other partitions this epoch (applied by finishEpoch). */
  deltas: Float64Array;
  head: Int32Array;
  tail: Int32Array;
  epochsPerSample: Float64Array;
  nextSample: Float64Array;
  nextNegativeSample: Float64Array;
}

/** Each partition's own random stream, independent of which thread runs it. */
export function partitionRandom(data: LayoutData, part: number): RandomSource {
  return seededStream(data.seed ^ 0x27d4eb2f, part);
}

/** One epoch (0-based) of one partition, in place on data.embedding. */
export function runPartitionEpoch(data: LayoutData, part: number, epoch: number, random: RandomSource): void {
  const { embedding: live, snapshot, dimensions, vertices, head, tail, epochsPerSample, nextSample } = data;
  const { nextNegativeSample, a, b } = data;
  const ownStart = (data.vertexBounds[part] as number) * dimensions;
  const ownEnd = (data.vertexBounds[part + 1] as number) * dimensions;
  const deltas = data.deltas.subarray(part * live.length, (part + 1) * live.length);
  // umap-learn lowers the rate after each epoch: epochs 0 and 1 run at 1, epoch n at 1 − (n − 1)/N.
  const alpha = 1 - Math.max(0, epoch - 1) / data.epochs;
  const attraction = -2 * a * b;
  const repulsion = 2 * b;
  const lastEdge = data.edgeBounds[part + 1] as number;
  for (let edge = data.edgeBounds[part] as number; edge < lastEdge; edge += 1) {
    if ((nextSample[edge] as number) > epoch) continue;
    const current = (head[edge] as number) * dimensions;
    const target = (tail[edge] as number) * dimensions;
    const owned = target >= ownStart && target < ownEnd;
    const other = owned ? live : snapshot;
    let distance = 0;
    for (let d = 0; d < dimensions; d += 1) {
      const difference = (live[current + d] as number) - (other[target + d] as number);
      distance += difference * difference;
    }
    if (distance > 0) {
      const power = Math.exp((b - 1) * Math.log(distance));
      const coefficient = (attraction * power) / (a * power * distance + 1);
      const moved = owned ? live : deltas;
      for (let d = 0; d < dimensions; d += 1) {
        const gradient = clip(coefficient * ((live[current + d] as number) - (other[target + d] as number)));
        live[current + d] = (live[current + d] as number) + gradient * alpha;
        moved[target + d] = (moved[target + d] as number) - gradient * alpha;
      }
    }
    const perSample = epochsPerSample[edge] as number;
    nextSample[edge] = (nextSample[edge] as number) + perSample;
    const perNegative = perSample / NEGATIVE_RATE;
    const negatives = Math.trunc((epoch - (nextNegativeSample[edge] as number)) / perNegative);
    for (let sample = 0; sample < negatives; sample += 1) {
      const away = Math.floor(random() * vertices) * dimensions;
      const source = away >= ownStart && away < ownEnd ? live : snapshot;
      let squared = 0;
      for (let d = 0; d < dimensions; d += 1) {
        const difference = (live[current + d] as number) - (source[away + d] as number);
        squared += difference * difference;
      }
      if (!(squared > 0)) continue;
      const coefficient = repulsion / ((0.001 + squared) * (a * Math.exp(b * Math.log(squared)) + 1));
      for (let d = 0; d < dimensions; d += 1) {
        const gradient = clip(coefficient * ((live[current + d] as number) - (source[away + d] as number)));
        live[current + d] = (live[current + d] as number) + gradient * alpha;
      }
    }
    nextNegativeSample[edge] = (nextNegativeSample[edge] as number) + negatives * perNegative;
  }
}

/** After every partition ran the epoch: adds the owed moves to the vertices, in partition order, and clears them. */
export function finishEpoch(data: LayoutData): void {
  const { embedding, deltas, dimensions } = data;
  const size = embedding.length;
  for (let part = 0; part < PARTITIONS; part += 1) {
    const base = part * size;
    // A partition moves its own vertices live, so only the other ranges can hold owed moves.
    const ownStart = (data.vertexBounds[part] as number) * dimensions;
    const ownEnd = (data.vertexBounds[part + 1] as number) * dimensions;
    for (const [from, to] of [
      [0, ownStart],
      [ownEnd, size],
    ] as const) {
      for (let slot = from; slot < to; slot += 1) {
        const owed = deltas[base + slot] as number;
        if (owed !== 0) {
          embedding[slot] = (embedding[slot] as number) + owed;
          deltas[base + slot] = 0;
        }
      }
    }
  }
}

function clip(value: number): number {
  return value > CLIP ? CLIP : value < -CLIP ? -CLIP : value;
}
