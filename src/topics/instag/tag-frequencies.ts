// InsTag tag frequencies (Lu et al. 2023 count tags over the data before consolidating them): tags are normalised
// (case, punctuation, spacing, a final plural -s or -ies) and counted by the documents that carry them.

export interface DocumentTags {
  /** Position of the document in the scope's document list. */
  document: number;
  tags: string[];
}

export interface TagFrequency {
  /** The normalised tag. */
  key: string;
  /** The first spelling seen, shown to people and the model. */
  display: string;
  documents: Set<number>;
}

export function normalizeTag(tag: string): string {
  const cleaned = tag
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (cleaned.length <= 3 || !/[a-z]s$/.test(cleaned) || cleaned.endsWith("ss")) return cleaned;
  return /[^aeiou]ies$/.test(cleaned) ? `${cleaned.slice(0, -3)}y` : cleaned.slice(0, -1);
}

/** Each distinct normalised tag with its documents, most frequent first (ties: alphabetical), deterministic. */
export function countTags(tagged: readonly DocumentTags[]): TagFrequency[] {
  const byKey = new Map<string, TagFrequency>();
  for (const entry of tagged) {
    for (const tag of entry.tags) {
      const key = normalizeTag(tag);
      if (key.length === 0) continue;
      let frequency = byKey.get(key);
      if (frequency === undefined) byKey.set(key, (frequency = { key, display: tag.trim(), documents: new Set() }));
      frequency.documents.add(entry.document);
    }
  }
  return [...byKey.values()].sort(
    (left, right) => right.documents.size - left.documents.size || left.key.localeCompare(right.key),
  );
}
