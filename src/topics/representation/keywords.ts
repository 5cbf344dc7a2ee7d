// Topic keywords: c-TF-IDF candidates per topic, re-ranked KeyBERT-style (candidate embedding vs topic centroid)
// with MMR for diversity (BERTopic's `MaximalMarginalRelevance` representation). The c-TF-IDF scores stay as evidence.
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { ScoredTerm } from "./class-tf-idf.js";
import { maximalMarginalRelevance } from "./maximal-marginal-relevance.js";

export interface KeywordOptions {
  /** Keywords kept per topic (default 10). */
  count: number;
  /** MMR diversity in [0, 1] (default 0.3). */
  diversity: number;
}

export interface TopicKeywords {
  keywords: string[];
  /** The c-TF-IDF candidates with their scores (evidence for the label). */
  candidates: ScoredTerm[];
}

/** Averages vectors (the topic's centroid in embedding space). */
export function centroid(vectors: readonly Float32Array[], dimensions: number): Float32Array {
  const sum = new Float32Array(dimensions);
  for (const vector of vectors)
    for (let dimension = 0; dimension < dimensions; dimension += 1)
      sum[dimension] = (sum[dimension] ?? 0) + (vector[dimension] ?? 0);
  return sum.map((value) => value / Math.max(1, vectors.length));
}

export async function selectKeywords(
  candidates: readonly ScoredTerm[],
  topicVector: Float32Array,
  embedder: EmbeddingModel,
  language: string,
  options: KeywordOptions,
): Promise<TopicKeywords> {
  if (candidates.length === 0) return { keywords: [], candidates: [] };
  const vectors = await embedder.embed(
    candidates.map((candidate) => candidate.term),
    { language },
  );
  const order = maximalMarginalRelevance(topicVector, vectors, options.count, options.diversity);
  return {
    keywords: order.map((position) => candidates[position]?.term ?? "").filter(Boolean),
    candidates: [...candidates],
  };
}
