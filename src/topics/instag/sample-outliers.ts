// The outliers one InsTag round sends to the model: seeds spread evenly over the untried outliers, each with its
// nearest untried neighbours by embedding cosine. Two close documents tagged independently can agree on a tag, which
// a tag topic needs (a minimum of documents), even when a small budget tags only a few dozen of them. Deterministic.
import { cosine } from "./group-similar-tags.js";

/** At most `maximum` items spread evenly over the list (all of them when unset or enough). */
export function spreadSample<Item>(items: readonly Item[], maximum: number | undefined): Item[] {
  if (maximum === undefined || items.length <= maximum) return [...items];
  const step = items.length / maximum;
  return Array.from({ length: maximum }, (_, index) => items[Math.floor(index * step)] as Item);
}

/** `size` outliers: spread seeds, each followed by its `neighbours` nearest untried outliers not taken yet. */
export function neighbourhoodSample(
  untried: readonly number[],
  size: number,
  vectors: readonly Float32Array[],
  neighbours: number,
): number[] {
  if (untried.length <= size) return [...untried];
  const seeds = spreadSample(untried, Math.ceil(size / (1 + neighbours)));
  const taken = new Set(seeds);
  const sample: number[] = [];
  for (const seed of seeds) {
    if (sample.length >= size) break;
    sample.push(seed);
    const seedVector = vectors[seed];
    if (seedVector === undefined) continue;
    const nearest = untried
      .filter((document) => !taken.has(document))
      .map((document) => ({ document, similarity: cosine(seedVector, vectors[document] ?? new Float32Array()) }))
      .sort((left, right) => right.similarity - left.similarity || left.document - right.document)
      .slice(0, Math.min(neighbours, size - sample.length));
    for (const { document } of nearest) {
      taken.add(document);
      sample.push(document);
    }
  }
  return sample;
}
