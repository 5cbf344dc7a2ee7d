// Candidate merges of InsTag tags by embedding (the "consolidation" step of #InsTag, Lu et al. 2023, which clusters
// tag strings by semantic similarity instead of string equality): tags, most frequent first, join the group whose
// head is most cosine-similar when that is at least `threshold`, else start a group of their own. The heads of existing tag
// topics come first, so a later round's tag can extend an earlier topic. Deterministic for given vectors.

export interface TagVector {
  key: string;
  vector: Float32Array;
}

export interface TagGroup {
  /** Index of the existing tag topic this group extends, when its head is one. */
  topic?: number;
  head: string;
  members: { key: string; similarity: number }[];
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

/**
 * Groups `tags` (in the order given: most frequent first) under the existing topic heads or each other.
 * Groups without members other than an existing head are left out.
 */
export function groupSimilarTags(
  existing: readonly TagVector[],
  tags: readonly TagVector[],
  threshold: number,
): TagGroup[] {
  const heads: { group: TagGroup; vector: Float32Array }[] = existing.map((head, topic) => ({
    group: { topic, head: head.key, members: [] },
    vector: head.vector,
  }));
  for (const tag of tags) {
    let best: { group: TagGroup; similarity: number } | undefined;
    for (const head of heads) {
      const similarity = cosine(tag.vector, head.vector);
      if (similarity >= threshold && (best === undefined || similarity > best.similarity))
        best = { group: head.group, similarity };
    }
    if (best !== undefined) best.group.members.push({ key: tag.key, similarity: best.similarity });
    else heads.push({ group: { head: tag.key, members: [{ key: tag.key, similarity: 1 }] }, vector: tag.vector });
  }
  return heads.map((head) => head.group).filter((group) => group.members.length > 0);
}
