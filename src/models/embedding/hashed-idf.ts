// Fits inverse document frequencies over the hashed feature space of `hashed-ngram-v1` on a document set, so the
// baseline embedder becomes hashed TF-IDF. The fitted model's id names the corpus fingerprint, keeping the
// embedding cache honest (a different corpus gives a different model id).
import { createHash } from "node:crypto";
import {
  HASHED_NGRAM_DEFAULTS,
  HashedNgramEmbeddingModel,
  hashedFeatures,
  type HashedNgramOptions,
} from "./hashed-ngram-embedding-model.js";

export interface LanguageText {
  text: string;
  language: string;
}

/** Smoothed IDF per bucket: log((1 + N) / (1 + df)) + 1, as in scikit-learn's TfidfVectorizer. */
export function fitHashedIdf(
  documents: readonly LanguageText[],
  options: Partial<HashedNgramOptions> = {},
): HashedNgramEmbeddingModel {
  const settings = { ...HASHED_NGRAM_DEFAULTS, ...options };
  const frequencies = new Uint32Array(1 << settings.hashBits);
  const fingerprint = createHash("sha256");
  for (const document of documents) {
    fingerprint.update(document.language).update("\u0000").update(document.text).update("\u0001");
    for (const bucket of hashedFeatures(document.text, document.language, settings).keys())
      frequencies[bucket] = (frequencies[bucket] ?? 0) + 1;
  }
  const weights = new Float32Array(frequencies.length);
  const total = documents.length;
  for (let bucket = 0; bucket < frequencies.length; bucket += 1)
    weights[bucket] = Math.log((1 + total) / (1 + (frequencies[bucket] ?? 0))) + 1;
  return new HashedNgramEmbeddingModel(settings, { weights, fingerprint: fingerprint.digest("hex").slice(0, 12) });
}
