// The embedding capability: texts in, dense vectors out. One file per backend; a recording fake for tests.
export interface EmbedOptions {
  /** ISO 639-1 language of the texts when known (lets per-language backends pick their model). */
  language?: string;
}

/** One document of a corpus a model can be fitted to. */
export interface CorpusDocument {
  text: string;
  language: string;
}

export interface EmbeddingModel {
  /** Stable identity of model + settings; used as the embedding cache key. */
  readonly id: string;
  readonly dimensions: number;
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
  /**
   * Optional capability: a copy of this model fitted to one corpus (hashed-ngram-v1 learns IDF weights from it).
   * Stages that embed a whole corpus call it first when present; the fitted model's id names the corpus.
   */
  fitToCorpus?(documents: readonly CorpusDocument[]): EmbeddingModel;
}
