// Consolidates InsTag tags into topics (NaVAB §3.2: outlier tags are counted and frequent ones become topics):
// tags are normalised (case, punctuation, spacing, plural -s), counted by documents, those carried by at least
// `minimumDocuments` documents become topics (most frequent first), and each document joins the most frequent
// topic among its own tags. Documents whose tags are all rare stay outliers.

export interface TagTopic {
  tag: string;
  /** Document positions assigned to this tag topic. */
  documents: number[];
}

export function normalizeTag(tag: string): string {
  const cleaned = tag
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.length > 3 && /[a-z]s$/.test(cleaned) && !cleaned.endsWith("ss") ? cleaned.slice(0, -1) : cleaned;
}

export function consolidateTags(
  tagged: readonly { document: number; tags: readonly string[] }[],
  minimumDocuments: number,
): TagTopic[] {
  const documentsByTag = new Map<string, Set<number>>();
  const display = new Map<string, string>();
  for (const entry of tagged) {
    for (const tag of entry.tags) {
      const key = normalizeTag(tag);
      if (key.length === 0) continue;
      if (!display.has(key)) display.set(key, tag.trim());
      let documents = documentsByTag.get(key);
      if (documents === undefined) documentsByTag.set(key, (documents = new Set()));
      documents.add(entry.document);
    }
  }
  const ranked = [...documentsByTag.entries()]
    .filter(([, documents]) => documents.size >= minimumDocuments)
    .sort(([leftTag, left], [rightTag, right]) => right.size - left.size || leftTag.localeCompare(rightTag));
  const rank = new Map(ranked.map(([tag], position) => [tag, position]));
  const assigned = new Map<string, number[]>();
  for (const entry of tagged) {
    let best: string | undefined;
    for (const tag of entry.tags) {
      const key = normalizeTag(tag);
      const position = rank.get(key);
      if (position !== undefined && (best === undefined || position < (rank.get(best) ?? Infinity))) best = key;
    }
    if (best === undefined) continue;
    const list = assigned.get(best) ?? [];
    list.push(entry.document);
    assigned.set(best, list);
  }
  return ranked
    .map(([tag]) => ({
      tag: display.get(tag) ?? tag,
      documents: (assigned.get(tag) ?? []).sort((left, right) => left - right),
    }))
    .filter((topic) => topic.documents.length >= minimumDocuments);
}
