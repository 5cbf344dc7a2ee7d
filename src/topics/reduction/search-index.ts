// Nearest fitted rows of a new point, as pynndescent's NNDescent.query does for umap-learn's transform: a kept
// random-projection tree (search-tree.ts) gives the starting rows, random rows fill up to k, then a best-first
// search over the fitted k-NN graph made undirected (each row's neighbours plus the rows that list it, at most
// 2k, the closest kept) visits neighbours of the closest unexpanded candidate while it is within (1 + ε) of the
// k-th best so far — for cosine the slack applies, as in pynndescent, to −log2(similarity) (its "alternative
// cosine"), i.e. the bound is 1 − (1 − d_k)^(1+ε). Cosine on unit rows (1 − a·b; the query row is normalized by
// the caller) or euclidean.
// Everything flat and typed; the per-query scratch (visited stamps, heaps) is reused across queries.
import type { RandomSource } from "../../shared/seeded-random.js";
import type { NeighborGraph } from "./exact-neighbors.js";
import { buildSearchTree, searchLeaf, type SearchTree } from "./search-tree.js";

export interface SearchIndex {
  values: Float32Array;
  count: number;
  width: number;
  angular: boolean;
  tree: SearchTree;
  /** Undirected search graph in CSR form: row r's neighbours are targets[starts[r] .. starts[r + 1]). */
  starts: Int32Array;
  targets: Int32Array;
}

export interface SearchScratch {
  stamps: Int32Array;
  generation: number;
  /** The k best so far as a max-heap; sorted ascending by searchNeighbors before it returns. */
  resultIndices: Int32Array;
  resultDistances: Float64Array;
  queueIndices: Int32Array;
  queueDistances: Float64Array;
}

const SEARCH_LEAF_SIZE = 30;

export function buildSearchIndex(
  values: Float32Array,
  width: number,
  graph: NeighborGraph,
  angular: boolean,
  random: RandomSource,
): SearchIndex {
  const { count, neighbors: k, indices, distances } = graph;
  const tree = buildSearchTree(values, count, width, SEARCH_LEAF_SIZE, angular, random);
  const degree = new Int32Array(count + 1);
  for (let row = 0; row < count; row += 1) {
    for (let slot = 1; slot < k; slot += 1) {
      const other = indices[row * k + slot] as number;
      if (other < 0 || other === row) continue;
      degree[row + 1] = (degree[row + 1] as number) + 1;
      degree[other + 1] = (degree[other + 1] as number) + 1;
    }
  }
  for (let row = 0; row < count; row += 1) degree[row + 1] = (degree[row + 1] as number) + (degree[row] as number);
  const fill = degree.slice(0, count);
  const allTargets = new Int32Array(degree[count] as number);
  const allDistances = new Float64Array(degree[count] as number);
  const add = (row: number, other: number, distance: number): void => {
    const slot = fill[row] as number;
    fill[row] = slot + 1;
    allTargets[slot] = other;
    allDistances[slot] = distance;
  };
  for (let row = 0; row < count; row += 1) {
    for (let slot = 1; slot < k; slot += 1) {
      const other = indices[row * k + slot] as number;
      if (other < 0 || other === row) continue;
      add(row, other, distances[row * k + slot] as number);
      add(other, row, distances[row * k + slot] as number);
    }
  }
  // Per row: closest first, duplicates dropped, at most 2k kept.
  const maximum = 2 * k;
  const starts = new Int32Array(count + 1);
  const kept: number[] = [];
  for (let row = 0; row < count; row += 1) {
    const from = degree[row] as number;
    const to = degree[row + 1] as number;
    const order = Array.from({ length: to - from }, (_, offset) => from + offset).sort(
      (left, right) =>
        (allDistances[left] as number) - (allDistances[right] as number) ||
        (allTargets[left] as number) - (allTargets[right] as number),
    );
    let taken = 0;
    let previous = -1;
    for (const slot of order) {
      const target = allTargets[slot] as number;
      // A pair listed by both rows appears twice at the same distance: adjacent after the sort.
      if (target === previous || taken >= maximum) continue;
      kept.push(target);
      previous = target;
      taken += 1;
    }
    starts[row + 1] = kept.length;
  }
  return { values, count, width, angular, tree, starts, targets: Int32Array.from(kept) };
}

export function createScratch(index: SearchIndex, k: number): SearchScratch {
  return {
    stamps: new Int32Array(index.count),
    generation: 0,
    resultIndices: new Int32Array(k),
    resultDistances: new Float64Array(k),
    queueIndices: new Int32Array(256),
    queueDistances: new Float64Array(256),
  };
}

/** Distance from the query row (query[base ..]) to fitted row `row`; dot products unrolled by four. */
export function queryDistance(index: SearchIndex, query: Float32Array, base: number, row: number): number {
  const { values, width } = index;
  let other = row * width;
  let first = base;
  const unrolledEnd = base + (width & ~3);
  const end = base + width;
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  if (index.angular) {
    for (; first < unrolledEnd; first += 4, other += 4) {
      sum0 += (query[first] as number) * (values[other] as number);
      sum1 += (query[first + 1] as number) * (values[other + 1] as number);
      sum2 += (query[first + 2] as number) * (values[other + 2] as number);
      sum3 += (query[first + 3] as number) * (values[other + 3] as number);
    }
    for (; first < end; first += 1, other += 1) sum0 += (query[first] as number) * (values[other] as number);
    return Math.max(0, 1 - (sum0 + sum1 + sum2 + sum3));
  }
  for (; first < end; first += 1, other += 1) {
    const difference = (query[first] as number) - (values[other] as number);
    sum0 += difference * difference;
  }
  return Math.sqrt(sum0);
}

/** How far a candidate may be and still be followed, given the k-th best distance so far. */
function searchBound(index: SearchIndex, kth: number, epsilon: number): number {
  if (!index.angular) return (1 + epsilon) * kth;
  return kth >= 1 ? Infinity : 1 - Math.pow(1 - kth, 1 + epsilon);
}

/**
 * The k nearest fitted rows of query[base .. base + width), ascending, into scratch.resultIndices/Distances;
 * returns how many were found (k unless the index holds fewer rows).
 */
export function searchNeighbors(
  index: SearchIndex,
  query: Float32Array,
  base: number,
  k: number,
  epsilon: number,
  random: RandomSource,
  scratch: SearchScratch,
): number {
  scratch.generation += 1;
  if (scratch.generation === 0x7fffffff) {
    scratch.stamps.fill(0);
    scratch.generation = 1;
  }
  const stamp = scratch.generation;
  const { stamps, resultIndices, resultDistances } = scratch;
  let found = 0;
  let queued = 0;
  const consider = (row: number): void => {
    stamps[row] = stamp;
    const distance = queryDistance(index, query, base, row);
    if (found < k) found = pushResult(resultIndices, resultDistances, found, row, distance);
    else if (distance < (resultDistances[0] as number)) replaceResult(resultIndices, resultDistances, k, row, distance);
    else return;
    queued = pushQueue(scratch, queued, row, distance);
  };
  const leaf = searchLeaf(index.tree, query, base);
  for (let position = index.tree.start[leaf] as number; position < (index.tree.end[leaf] as number); position += 1)
    consider(index.tree.order[position] as number);
  const wanted = Math.min(k, index.count);
  for (let attempt = 0; found < wanted && attempt < 4 * k + index.count; attempt += 1) {
    const row = Math.floor(random() * index.count);
    if (stamps[row] !== stamp) consider(row);
  }
  // The bound depends only on the k-th best distance: computed again only when the results change (it costs a
  // Math.pow for angular indexes, about a tenth of a 384-d dot product, and was computed for every candidate).
  let limit = found < k ? Infinity : searchBound(index, resultDistances[0] as number, epsilon);
  while (queued > 0) {
    const vertex = scratch.queueIndices[0] as number;
    const vertexDistance = scratch.queueDistances[0] as number;
    queued = popQueue(scratch, queued);
    if (!(vertexDistance < limit)) break;
    for (let edge = index.starts[vertex] as number; edge < (index.starts[vertex + 1] as number); edge += 1) {
      const candidate = index.targets[edge] as number;
      if (stamps[candidate] === stamp) continue;
      stamps[candidate] = stamp;
      const distance = queryDistance(index, query, base, candidate);
      if (!(distance < limit)) continue;
      if (found < k) found = pushResult(resultIndices, resultDistances, found, candidate, distance);
      else if (distance < (resultDistances[0] as number))
        replaceResult(resultIndices, resultDistances, k, candidate, distance);
      limit = found < k ? Infinity : searchBound(index, resultDistances[0] as number, epsilon);
      queued = pushQueue(scratch, queued, candidate, distance);
    }
  }
  sortResults(resultIndices, resultDistances, found);
  return found;
}

/** Max-heap insert (root = farthest kept). */
function pushResult(indices: Int32Array, distances: Float64Array, size: number, row: number, distance: number): number {
  let child = size;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if ((distances[parent] as number) >= distance) break;
    indices[child] = indices[parent] as number;
    distances[child] = distances[parent] as number;
    child = parent;
  }
  indices[child] = row;
  distances[child] = distance;
  return size + 1;
}

function replaceResult(
  indices: Int32Array,
  distances: Float64Array,
  size: number,
  row: number,
  distance: number,
): void {
  let parent = 0;
  for (;;) {
    const left = 2 * parent + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && (distances[right] as number) > (distances[left] as number) ? right : left;
    if ((distances[child] as number) <= distance) break;
    indices[parent] = indices[child] as number;
    distances[parent] = distances[child] as number;
    parent = child;
  }
  indices[parent] = row;
  distances[parent] = distance;
}

/** Min-heap of candidates to expand, grown on demand. */
function pushQueue(scratch: SearchScratch, size: number, row: number, distance: number): number {
  if (size === scratch.queueIndices.length) {
    const indices = new Int32Array(size * 2);
    indices.set(scratch.queueIndices);
    const distances = new Float64Array(size * 2);
    distances.set(scratch.queueDistances);
    scratch.queueIndices = indices;
    scratch.queueDistances = distances;
  }
  const { queueIndices: indices, queueDistances: distances } = scratch;
  let child = size;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if ((distances[parent] as number) <= distance) break;
    indices[child] = indices[parent] as number;
    distances[child] = distances[parent] as number;
    child = parent;
  }
  indices[child] = row;
  distances[child] = distance;
  return size + 1;
}

function popQueue(scratch: SearchScratch, size: number): number {
  const { queueIndices: indices, queueDistances: distances } = scratch;
  const last = size - 1;
  const row = indices[last] as number;
  const distance = distances[last] as number;
  let parent = 0;
  for (;;) {
    const left = 2 * parent + 1;
    if (left >= last) break;
    const right = left + 1;
    const child = right < last && (distances[right] as number) < (distances[left] as number) ? right : left;
    if ((distances[child] as number) >= distance) break;
    indices[parent] = indices[child] as number;
    distances[parent] = distances[child] as number;
    parent = child;
  }
  indices[parent] = row;
  distances[parent] = distance;
  return last;
}

/** Ascending by distance, then row (insertion sort: k is small). */
function sortResults(indices: Int32Array, distances: Float64Array, size: number): void {
  for (let slot = 1; slot < size; slot += 1) {
    const row = indices[slot] as number;
    const distance = distances[slot] as number;
    let position = slot;
    while (
      position > 0 &&
      ((distances[position - 1] as number) > distance ||
        ((distances[position - 1] as number) === distance && (indices[position - 1] as number) > row))
    ) {
      indices[position] = indices[position - 1] as number;
      distances[position] = distances[position - 1] as number;
      position -= 1;
    }
    indices[position] = row;
    distances[position] = distance;
  }
}
