// Builds the UMAP layout's shared data (layout.ts) on the main thread: drops edges too weak to be sampled, as
// umap-learn does; epochs per sample from the weights; a seeded uniform start in [0, 10] per coordinate (umap-learn
// rescales every start to [0, 10]; its default start is spectral, navab's is random like umap-js); umap-js's a/b
// curve fit for min_dist; 4 vertex partitions balanced by edge count.
import { findABParams } from "umap-js/dist/umap.js";
import type { WeightedEdges } from "./fuzzy-simplicial-set.js";
import { NEGATIVE_RATE, PARTITIONS, type LayoutData } from "./layout.js";
import { seededRandom } from "./seeded-random.js";

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
  for (let slot = 0; slot < embedding.length; slot += 1) embedding[slot] = random() * 10;
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
