// Candidate merges of InsTag tags by embedding (the "consolidation" step of #InsTag, Lu et al. 2023, which groups
// semantically similar tags instead of equal strings). Two kinds of evidence, both embeddings: the tag strings'
// cosine reaches `mergeSimilarity`, or documents carrying the two tags are unusually close neighbours (related(),
// standard-score.ts). Tags, most frequent first, join the group of the most related head (string evidence before
// document evidence), else start a group of their own; the heads of existing tag topics come first, so a later
// round's tag can extend an earlier topic. Deterministic.

export interface TagCandidate {
  key: string;
  /** Embedding of the tag string. */
  vector: Float32Array;
  /** Documents that carry the tag (for an existing topic: its tagged members). */
  documents: readonly number[];
}

export type MergeBasis = "tag embeddings" | "document embeddings";

export interface Relation {
  basis: MergeBasis;
  similarity: number;
}

export interface TagGroup {
  /** Index of the existing tag topic this group extends, when its head is one. */
  topic?: number;
  head: string;
  members: { key: string; basis: MergeBasis; similarity: number }[];
}

export function cosine(left: Float32Array, right: Float32Array): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let dimension = 0; dimension < left.length; dimension += 1) {
    const a = left[dimension] ?? 0;
    const b = right[dimension] ?? 0;
    dot += a * b;
    leftNorm += a * a;
    rightNorm += b * b;
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}

const rank = (relation: Relation): number => (relation.basis === "tag embeddings" ? 2 : 1) + relation.similarity;

/** Groups `tags` (in the order given: most frequent first) under existing topic heads or each other. */
export function groupSimilarTags(
  existing: readonly TagCandidate[],
  tags: readonly TagCandidate[],
  related: (tag: TagCandidate, head: TagCandidate) => Relation | undefined,
): TagGroup[] {
  const heads: { group: TagGroup; candidate: TagCandidate }[] = existing.map((candidate, topic) => ({
    group: { topic, head: candidate.key, members: [] },
    candidate,
  }));
  for (const tag of tags) {
    let best: { group: TagGroup; relation: Relation } | undefined;
    for (const head of heads) {
      const relation = related(tag, head.candidate);
      if (relation !== undefined && (best === undefined || rank(relation) > rank(best.relation)))
        best = { group: head.group, relation };
    }
    if (best !== undefined) best.group.members.push({ key: tag.key, ...best.relation });
    else
      heads.push({
        group: { head: tag.key, members: [{ key: tag.key, basis: "tag embeddings", similarity: 1 }] },
        candidate: tag,
      });
  }
  return heads.map((head) => head.group).filter((group) => group.members.length > 0);
}
