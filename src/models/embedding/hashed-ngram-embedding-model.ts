// `hashed-ngram-v1`: a model-free multilingual BASELINE embedder (no neural model, works offline for zh/en/fr/de).
// Each text becomes sublinear-TF (optionally × IDF) weighted features — content words, word bigrams and
// character n-grams inside words (jieba words + character bigrams for Chinese) — hashed into 2^18 buckets
// (feature hashing), then projected to `dimensions` by a seeded sparse random projection (Achlioptas 2003;
// each bucket adds ±1/√s to s output dimensions) and L2-normalised. Cosine similarity then approximates
// TF-IDF cosine similarity. It captures shared vocabulary, not meaning: no synonyms, no cross-lingual links.
import { tokenize } from "../../text/tokenization/tokenize.js";
import { baseLanguage } from "../../text/tokenization/stopwords.js";
import { createHash } from "node:crypto";
import type { CorpusDocument, EmbedOptions, EmbeddingModel } from "./embedding-model.js";
import { hashString, mixInteger } from "./feature-hashing.js";

export interface HashedNgramOptions {
  dimensions: number;
  /** log2 of the hashing space (default 18). */
  hashBits: number;
  /** Non-zeros per bucket in the sparse projection (default 4). */
  projectionDensity: number;
  seed: number;
  bigramWeight: number;
  characterNgramWeight: number;
  /** Character n-gram length inside words (alphabetic languages; default 4). */
  characterNgram: number;
}

export const HASHED_NGRAM_DEFAULTS: HashedNgramOptions = {
  dimensions: 384,
  hashBits: 18,
  projectionDensity: 4,
  seed: 42,
  bigramWeight: 0.5,
  characterNgramWeight: 0.25,
  characterNgram: 4,
};

export type WeightedFeatures = Map<number, number>;

/** The weighted hashed features of one text (bucket → sublinear term frequency × kind weight). */
export function hashedFeatures(text: string, language: string, options: HashedNgramOptions): WeightedFeatures {
  const mask = (1 << options.hashBits) - 1;
  const counts = new Map<number, number>();
  const add = (feature: string, weight: number): void => {
    const bucket = hashString(feature) & mask;
    counts.set(bucket, (counts.get(bucket) ?? 0) + weight);
  };
  const words = tokenize(text, language);
  const chinese = baseLanguage(language) === "zh";
  words.forEach((word, position) => {
    add(`w:${word}`, 1);
    const next = words[position + 1];
    if (next !== undefined) add(`b:${word} ${next}`, options.bigramWeight);
    const size = chinese ? 2 : options.characterNgram;
    if (word.length > size) {
      const padded = chinese ? word : `<${word}>`;
      for (let start = 0; start + size <= padded.length; start += 1)
        add(`c:${padded.slice(start, start + size)}`, options.characterNgramWeight);
    }
  });
  for (const [bucket, count] of counts) counts.set(bucket, Math.log1p(count));
  return counts;
}

export class HashedNgramEmbeddingModel implements EmbeddingModel {
  readonly id: string;
  readonly dimensions: number;
  private readonly options: HashedNgramOptions;

  /** `inverseDocumentFrequency` (per bucket) comes from `fitToCorpus`; without it every feature weighs its TF only. */
  constructor(
    options: Partial<HashedNgramOptions> = {},
    private readonly inverseDocumentFrequency?: { weights: Float32Array; fingerprint: string },
  ) {
    this.options = { ...HASHED_NGRAM_DEFAULTS, ...options };
    this.dimensions = this.options.dimensions;
    const suffix = inverseDocumentFrequency === undefined ? "" : `+idf:${inverseDocumentFrequency.fingerprint}`;
    this.id = `hashed-ngram-v1:d${this.dimensions}:s${this.options.seed}${suffix}`;
  }

  get settings(): HashedNgramOptions {
    return this.options;
  }

  /**
   * This model with smoothed IDF weights fitted on `documents` (log((1 + N) / (1 + df)) + 1, as in scikit-learn's
   * TfidfVectorizer), so the baseline becomes hashed TF-IDF; its id names the corpus fingerprint.
   */
  fitToCorpus(documents: readonly CorpusDocument[]): HashedNgramEmbeddingModel {
    const frequencies = new Uint32Array(1 << this.options.hashBits);
    const fingerprint = createHash("sha256");
    for (const document of documents) {
      fingerprint.update(document.language).update("\u0000").update(document.text).update("\u0001");
      for (const bucket of hashedFeatures(document.text, document.language, this.options).keys())
        frequencies[bucket] = (frequencies[bucket] ?? 0) + 1;
    }
    const weights = new Float32Array(frequencies.length);
    for (let bucket = 0; bucket < frequencies.length; bucket += 1)
      weights[bucket] = Math.log((1 + documents.length) / (1 + (frequencies[bucket] ?? 0))) + 1;
    return new HashedNgramEmbeddingModel(this.options, {
      weights,
      fingerprint: fingerprint.digest("hex").slice(0, 12),
    });
  }

  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const language = options.language ?? "en";
    return texts.map((text) => this.embedOne(text, language));
  }

  private embedOne(text: string, language: string): Float32Array {
    const { dimensions, projectionDensity, seed } = this.options;
    const vector = new Float32Array(dimensions);
    const scale = 1 / Math.sqrt(projectionDensity);
    for (const [bucket, termWeight] of hashedFeatures(text, language, this.options)) {
      const weight = termWeight * (this.inverseDocumentFrequency?.weights[bucket] ?? 1) * scale;
      for (let copy = 0; copy < projectionDensity; copy += 1) {
        const mixed = mixInteger(bucket, seed * 16 + copy);
        const dimension = mixed % dimensions;
        vector[dimension] = (vector[dimension] ?? 0) + (mixed >>> 31 === 1 ? weight : -weight);
      }
    }
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm);
    if (norm > 0)
      for (let dimension = 0; dimension < dimensions; dimension += 1)
        vector[dimension] = (vector[dimension] ?? 0) / norm;
    return vector;
  }
}
