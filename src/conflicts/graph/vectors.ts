// Cosine k-nearest neighbours over unit-normalised embeddings (exact, blocked by group such as nation).
export interface Neighbour {
  left: number;
  right: number;
  similarity: number;
}

export function normalise(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return vector.map((value) => value * scale);
}

function dot(left: Float32Array, right: Float32Array): number {
  let total = 0;
  for (let index = 0; index < left.length; index += 1) total += left[index]! * right[index]!;
  return total;
}

export const cosine = (left: Float32Array, right: Float32Array): number => dot(normalise(left), normalise(right));

/**
 * Pairs (left < right) where either is among the other's `k` most similar items of the same group with
 * similarity ≥ threshold; `allowed(left, right)` can exclude pairs (same article, say).
 */
export function nearestPairs(
  vectors: readonly Float32Array[],
  groups: readonly string[],
  k: number,
  threshold: number,
  allowed: (left: number, right: number) => boolean = () => true,
): Neighbour[] {
  const unit = vectors.map(normalise);
  const pairs = new Map<string, Neighbour>();
  for (let left = 0; left < unit.length; left += 1) {
    const candidates: Neighbour[] = [];
    for (let right = 0; right < unit.length; right += 1) {
      if (right === left || groups[right] !== groups[left] || !allowed(left, right)) continue;
      const similarity = dot(unit[left]!, unit[right]!);
      if (similarity >= threshold)
        candidates.push({ left: Math.min(left, right), right: Math.max(left, right), similarity });
    }
    candidates.sort((first, second) => second.similarity - first.similarity);
    for (const pair of candidates.slice(0, k)) pairs.set(`${pair.left}:${pair.right}`, pair);
  }
  return [...pairs.values()].sort((first, second) => first.left - second.left || first.right - second.right);
}

/** Embeds texts one language at a time (per-language tokenizers), returning vectors in input order. */
export async function embedByLanguage(
  model: { embed(texts: readonly string[], options?: { language?: string }): Promise<Float32Array[]> },
  texts: readonly string[],
  languages: readonly string[],
): Promise<Float32Array[]> {
  const vectors: Float32Array[] = new Array<Float32Array>(texts.length);
  for (const language of [...new Set(languages)].sort()) {
    const positions = languages.flatMap((value, index) => (value === language ? [index] : []));
    const embedded = await model.embed(
      positions.map((index) => texts[index]!),
      { language },
    );
    positions.forEach((position, index) => (vectors[position] = embedded[index]!));
  }
  return vectors;
}
