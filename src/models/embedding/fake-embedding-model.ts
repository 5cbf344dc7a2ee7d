// A deterministic recording fake EmbeddingModel for tests: records every call and answers with a fixed vector,
// a function of the text, or (default) a hash-seeded unit vector per distinct text.
import type { EmbedOptions, EmbeddingModel } from "./embedding-model.js";
import { hashString, mixInteger } from "./feature-hashing.js";

export interface FakeEmbeddingCall {
  texts: string[];
  options: EmbedOptions;
}

export class FakeEmbeddingModel implements EmbeddingModel {
  readonly calls: FakeEmbeddingCall[] = [];

  constructor(
    readonly id = "fake-embedding",
    readonly dimensions = 8,
    private readonly answer?: Float32Array | ((text: string) => Float32Array),
  ) {}

  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    this.calls.push({ texts: [...texts], options });
    return texts.map((text) => {
      if (this.answer instanceof Float32Array) return this.answer;
      if (this.answer !== undefined) return this.answer(text);
      return this.vectorFor(text);
    });
  }

  /** Total texts embedded across every call. */
  get embeddedCount(): number {
    return this.calls.reduce((sum, call) => sum + call.texts.length, 0);
  }

  private vectorFor(text: string): Float32Array {
    const seed = hashString(text);
    const vector = new Float32Array(this.dimensions);
    let norm = 0;
    for (let dimension = 0; dimension < this.dimensions; dimension += 1) {
      const value = mixInteger(seed, dimension) / 0xffffffff - 0.5;
      vector[dimension] = value;
      norm += value * value;
    }
    return vector.map((value) => value / Math.sqrt(norm));
  }
}
