// Builds the UMAP layout's shared data (layout.ts) on the main thread: drops edges too weak to be sampled, as
// umap-learn does; epochs per sample from the weights; umap-learn's spectral start (spectral-start.ts) rescaled
// to [0, 10] per coordinate; umap-js's a/b curve fit for min_dist; 4 vertex partitions balanced by edge count.
import { findABParams } from "umap-js/dist/umap.js";
import type { WeightedEdges } from "./fuzzy-simplicial-set.js";
import { NEGATIVE_RATE, PARTITIONS, type LayoutData } from "./layout.js";
import { seededRandom } from "./seeded-random.js";
import { spectralStart } from "./spectral-start.js";

export function createLayout(
  edges: WeightedEdges,
  dimensions: number,
  epochs: number,
  minDistance: number,
  seed: number,
): LayoutData {
  let maximum = 0;
  for (const weight of edges.weight) maximum = Math.max(maximum, weight);
  // Edges too weak to be sampled even once are dropped, as umap-learn does (against its default epoch count
  // when fewer than 11 epochs are asked for, so a short run keeps the graph).
  const threshold = maximum / (epochs > 10 ? epochs : edges.vertices <= 10_000 ? 500 : 200);
  const kept: number[] = [];
  edges.weight.forEach((weight, edge) => {
    if (weight >= threshold) kept.push(edge);
  });
  const shared = (bytes: number): SharedArrayBuffer => new SharedArrayBuffer(Math.max(8, bytes));
  const head = new Int32Array(shared(kept.length * 4));
  const tail = new Int32Array(shared(kept.length * 4));
  const epochsPerSample = new Float64Array(shared(kept.length * 8));
  kept.forEach((edge, slot) => {
    head[slot] = edges.head[edge] as number;
    tail[slot] = edges.tail[edge] as number;
    epochsPerSample[slot] = maximum / (edges.weight[edge] as number);
  });
  const nextSample = new Float64Array(shared(kept.length * 8));
  nextSample.set(epochsPerSample);
  const nextNegativeSample = new Float64Array(shared(kept.length * 8));
  epochsPerSample.forEach((value, slot) => (nextNegativeSample[slot] = value / NEGATIVE_RATE));
  const embedding = new Float64Array(shared(edges.vertices * dimensions * 8));
  const random = seededRandom(seed);
  // umap-learn's default start: spectral, scaled so the largest |coordinate| is 10, a 1e-4 jitter, then [0, 10].
  const start = spectralStart(
    { head, tail, weight: Float64Array.from(kept, (edge) => edges.weight[edge] as number) },
    edges.vertices,
    dimensions,
    random,
  );
  let largest = 0;
  for (const value of start) largest = Math.max(largest, Math.abs(value));
  for (let slot = 0; slot < embedding.length; slot += 1)
    embedding[slot] = (largest > 0 ? ((start[slot] as number) * 10) / largest : 0) + 1e-4 * (random() - 0.5);
  rescaleStart(embedding, edges.vertices, dimensions);
  const { a, b } = findABParams(1, minDistance);
  const { vertexBounds, edgeBounds } = partition(head, edges.vertices);
  const snapshot = new Float64Array(shared(embedding.length * 8));
  const deltas = new Float64Array(shared(PARTITIONS * embedding.length * 8));
  return {
    dimensions,
    vertices: edges.vertices,
    epochs,
    a,
    b,
    seed,
    vertexBounds,
    edgeBounds,
    embedding,
    snapshot,
    deltas,
    head,
    tail,
    epochsPerSample,
    nextSample,
    nextNegativeSample,
  };
}

/** Vertex ranges with about the same number of edges each (edges are sorted by head). */
function partition(head: Int32Array, vertices: number): { vertexBounds: number[]; edgeBounds: number[] } {
  const vertexBounds = [0];
  const edgeBounds = [0];
  for (let part = 1; part < PARTITIONS; part += 1) {
    let edge = Math.max(edgeBounds[part - 1] as number, Math.round((head.length * part) / PARTITIONS));
    while (edge > 0 && edge < head.length && head[edge] === head[edge - 1]) edge += 1;
    edgeBounds.push(edge);
    vertexBounds.push(edge < head.length ? (head[edge] as number) : vertices);
  }
  edgeBounds.push(head.length);
  vertexBounds.push(vertices);
  return { vertexBounds, edgeBounds };
}

/** Each coordinate to [0, 10], as umap-learn rescales every start (a constant coordinate becomes 5). */
function rescaleStart(points: Float64Array, count: number, dimensions: number): void {
  for (let component = 0; component < dimensions; component += 1) {
    let low = Infinity;
    let high = -Infinity;
    for (let row = 0; row < count; row += 1) {
      low = Math.min(low, points[row * dimensions + component] as number);
      high = Math.max(high, points[row * dimensions + component] as number);
    }
    for (let row = 0; row < count; row += 1) {
      const slot = row * dimensions + component;
      points[slot] = high > low ? (10 * ((points[slot] as number) - low)) / (high - low) : 5;
    }
  }
}
