// Maximal Marginal Relevance (Carbonell & Goldstein 1998), as KeyBERT/BERTopic use it to pick diverse keywords:
// repeatedly take the candidate maximising (1 − diversity) · sim(candidate, topic) − diversity · max sim(candidate, chosen).

export function cosineSimilarity(left: ArrayLike<number>, right: ArrayLike<number>): number {
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

/** Indexes of the chosen candidates, in the order chosen. Ties keep the earlier candidate (deterministic). */
export function maximalMarginalRelevance(
  topicVector: ArrayLike<number>,
  candidateVectors: readonly ArrayLike<number>[],
  count: number,
  diversity: number,
): number[] {
  const relevance = candidateVectors.map((vector) => cosineSimilarity(vector, topicVector));
  const chosen: number[] = [];
  const remaining = new Set(candidateVectors.map((_vector, position) => position));
  while (chosen.length < count && remaining.size > 0) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const candidate of remaining) {
      let redundancy = 0;
      for (const picked of chosen) {
        redundancy = Math.max(
          redundancy,
          cosineSimilarity(candidateVectors[candidate] ?? [], candidateVectors[picked] ?? []),
        );
      }
      const score = (1 - diversity) * (relevance[candidate] ?? 0) - diversity * redundancy;
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    chosen.push(best);
    remaining.delete(best);
  }
  return chosen;
}
