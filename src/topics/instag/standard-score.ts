// "Unusually similar", whatever the embedder: a similarity counts when it stands `standardScore` robust standard
// deviations (1.4826 × the median absolute deviation; the standard deviation when that is 0) above the median
// similarity of the same vector to the remaining outliers (its background). Cosine scales differ between embedders
// (hashed n-grams: neighbours near 0.2; e5: unrelated texts near 0.7), standard scores do not; the median and MAD
// stay put when a large related group sits in the background, where a mean and standard deviation would not.
import { cosine } from "./group-similar-tags.js";

const median = (sorted: readonly number[]): number => {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The similarity from which `vector` counts as unusually close to a document of `background`. */
export function backgroundThreshold(
  vector: Float32Array,
  background: readonly number[],
  vectors: readonly Float32Array[],
  standardScore: number,
): number {
  if (background.length < 2) return Number.POSITIVE_INFINITY;
  const similarities = background
    .map((document) => cosine(vector, vectors[document] ?? new Float32Array()))
    .sort((left, right) => left - right);
  const center = median(similarities);
  const deviation = median(similarities.map((value) => Math.abs(value - center)).sort((left, right) => left - right));
  const mean = similarities.reduce((sum, value) => sum + value, 0) / similarities.length;
  const spread =
    deviation > 0
      ? 1.4826 * deviation
      : Math.sqrt(similarities.reduce((sum, value) => sum + (value - mean) ** 2, 0) / similarities.length);
  return spread === 0 ? Number.POSITIVE_INFINITY : center + standardScore * spread;
}
