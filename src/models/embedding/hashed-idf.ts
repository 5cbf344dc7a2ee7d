// Fits inverse document frequencies over the hashed feature space of `hashed-ngram-v1` on a document set, so the
// baseline embedder becomes hashed TF-IDF (see HashedNgramEmbeddingModel.fitToCorpus, which does the work). The
// fitted model's id names the corpus fingerprint, keeping the embedding cache honest.
import type { CorpusDocument } from "./embedding-model.js";
import { HashedNgramEmbeddingModel, type HashedNgramOptions } from "./hashed-ngram-embedding-model.js";

/** Smoothed IDF per bucket: log((1 + N) / (1 + df)) + 1, as in scikit-learn's TfidfVectorizer. */
export function fitHashedIdf(
  documents: readonly CorpusDocument[],
  options: Partial<HashedNgramOptions> = {},
): HashedNgramEmbeddingModel {
  return new HashedNgramEmbeddingModel(options).fitToCorpus(documents);
}
