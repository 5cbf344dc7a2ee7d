// The embedding capability: texts in, dense vectors out. One file per backend; a recording fake for tests.
export interface EmbedOptions {
  /** ISO 639-1 language of the texts when known (lets per-language backends pick their model). */
  language?: string;
}

export interface EmbeddingModel {
  /** Stable identity of model + settings; used as the embedding cache key. */
  readonly id: string;
  readonly dimensions: number;
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
}
