// UMAP's fuzzy simplicial set from a k-NN graph, as umap-learn computes it (local connectivity 1, bandwidth 1,
// set_op_mix_ratio 1): per point a distance offset rho (nearest non-zero neighbour) and scale sigma found by
// binary search so the memberships sum to log2(k); memberships exp(−(d − rho)/sigma); then the fuzzy union
// A + Aᵀ − A∘Aᵀ. The result is the symmetric edge list (both directions), sorted by head then tail, in typed
// arrays — no sparse-matrix objects, so 100k points stay well under a gigabyte.
import type { NeighborGraph } from "./exact-neighbors.js";

export interface WeightedEdges {
  vertices: number;
  head: Int32Array;
  tail: Int32Array;
  weight: Float64Array;
}

const SMOOTH_TOLERANCE = 1e-5;
const MIN_DISTANCE_SCALE = 1e-3;

export function fuzzySimplicialSet(graph: NeighborGraph): WeightedEdges {
  const { sigmas, rhos } = smoothDistances(graph);
  return fuzzyUnion(graph, memberships(graph, sigmas, rhos));
}

/** umap-learn's smooth_knn_dist: sigma and rho per row (row j = 0 is the point itself). */
export function smoothDistances(graph: NeighborGraph): { sigmas: Float64Array; rhos: Float64Array } {
  const { count, neighbors: k, distances } = graph;
  const target = Math.log2(k);
  const sigmas = new Float64Array(count);
  const rhos = new Float64Array(count);
  let total = 0;
  for (let slot = 0; slot < distances.length; slot += 1) total += distances[slot] as number;
  const meanAll = total / distances.length;
  for (let row = 0; row < count; row += 1) {
    const base = row * k;
    let rho = 0;
    let rowTotal = 0;
    for (let j = 0; j < k; j += 1) {
      const distance = distances[base + j] as number;
      rowTotal += distance;
      if (rho === 0 && distance > 0) rho = distance;
    }
    let low = 0;
    let high = Infinity;
    let middle = 1;
    for (let iteration = 0; iteration < 64; iteration += 1) {
      let sum = 0;
      for (let j = 1; j < k; j += 1) {
        const excess = (distances[base + j] as number) - rho;
        sum += excess > 0 ? Math.exp(-excess / middle) : 1;
      }
      if (Math.abs(sum - target) < SMOOTH_TOLERANCE) break;
      if (sum > target) {
        high = middle;
        middle = (low + high) / 2;
      } else {
        low = middle;
        middle = high === Infinity ? middle * 2 : (low + high) / 2;
      }
    }
    const floor = MIN_DISTANCE_SCALE * (rho > 0 ? rowTotal / k : meanAll);
    sigmas[row] = Math.max(middle, floor);
    rhos[row] = rho;
  }
  return { sigmas, rhos };
}

function memberships(graph: NeighborGraph, sigmas: Float64Array, rhos: Float64Array): Float64Array {
  const { count, neighbors: k, indices, distances } = graph;
  const strengths = new Float64Array(count * k);
  for (let row = 0; row < count; row += 1) {
    for (let j = 0; j < k; j += 1) {
      const slot = row * k + j;
      const index = indices[slot] as number;
      if (index < 0 || index === row) continue;
      const excess = (distances[slot] as number) - (rhos[row] as number);
      const sigma = sigmas[row] as number;
      strengths[slot] = excess <= 0 || sigma === 0 ? 1 : Math.exp(-excess / sigma);
    }
  }
  return strengths;
}

/** w(i,j) = a + b − ab for a = A[i,j], b = A[j,i]; every pair once per direction, sorted by head, tail. */
function fuzzyUnion(graph: NeighborGraph, strengths: Float64Array): WeightedEdges {
  const { count, neighbors: k, indices } = graph;
  const heads: number[] = [];
  const tails: number[] = [];
  const weights: number[] = [];
  for (let row = 0; row < count; row += 1) {
    for (let j = 0; j < k; j += 1) {
      const forward = strengths[row * k + j] as number;
      if (forward <= 0) continue;
      const other = indices[row * k + j] as number;
      let backward = 0;
      let listed = false;
      for (let slot = other * k; slot < (other + 1) * k; slot += 1) {
        if (indices[slot] !== row) continue;
        backward = strengths[slot] as number;
        listed = backward > 0;
        break;
      }
      const weight = forward + backward - forward * backward;
      heads.push(row);
      tails.push(other);
      weights.push(weight);
      if (!listed) {
        heads.push(other);
        tails.push(row);
        weights.push(weight);
      }
    }
  }
  return sortEdges(count, heads, tails, weights);
}

/** Counting sort by head, then insertion sort of each head's (short) run by tail. */
function sortEdges(vertices: number, heads: number[], tails: number[], weights: number[]): WeightedEdges {
  const starts = new Int32Array(vertices + 1);
  for (const head of heads) starts[head + 1] = (starts[head + 1] as number) + 1;
  for (let vertex = 0; vertex < vertices; vertex += 1)
    starts[vertex + 1] = (starts[vertex + 1] as number) + (starts[vertex] as number);
  const next = starts.slice(0, vertices);
  const head = new Int32Array(heads.length);
  const tail = new Int32Array(heads.length);
  const weight = new Float64Array(heads.length);
  heads.forEach((vertex, edge) => {
    const slot = next[vertex] as number;
    next[vertex] = slot + 1;
    head[slot] = vertex;
    tail[slot] = tails[edge] as number;
    weight[slot] = weights[edge] as number;
  });
  for (let vertex = 0; vertex < vertices; vertex += 1) {
    for (let slot = (starts[vertex] as number) + 1; slot < (starts[vertex + 1] as number); slot += 1) {
      const movingTail = tail[slot] as number;
      const movingWeight = weight[slot] as number;
      let position = slot;
      while (position > (starts[vertex] as number) && (tail[position - 1] as number) > movingTail) {
        tail[position] = tail[position - 1] as number;
        weight[position] = weight[position - 1] as number;
        position -= 1;
      }
      tail[position] = movingTail;
      weight[position] = movingWeight;
    }
  }
  return { vertices, head, tail, weight };
}
