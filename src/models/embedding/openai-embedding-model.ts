// Any OpenAI-compatible `/v1/embeddings` endpoint (OpenAI, vLLM, llama.cpp server, Ollama, TEI) through the
// `openai` package; responses are checked with a minimal zod schema at the boundary, batched by `batchSize`.
import OpenAI from "openai";
import { z } from "zod";
import { NavabError } from "../../shared/errors.js";
import type { EmbedOptions, EmbeddingModel } from "./embedding-model.js";

export interface OpenAiEmbeddingOptions {
  model: string;
  baseUrl: string;
  apiKey?: string;
  /** Known output size; read from the first answer when not given. */
  dimensions?: number;
  batchSize?: number;
}

const responseSchema = z.object({
  data: z.array(z.object({ index: z.number().int(), embedding: z.array(z.number()) })),
});

export class OpenAiEmbeddingModel implements EmbeddingModel {
  readonly id: string;
  dimensions: number;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiEmbeddingOptions) {
    this.id = `openai:${options.model}@${options.baseUrl}`;
    this.dimensions = options.dimensions ?? 0;
    this.client = new OpenAI({ baseURL: options.baseUrl, apiKey: options.apiKey ?? "not-needed", maxRetries: 2 });
  }

  async embed(texts: readonly string[], _options: EmbedOptions = {}): Promise<Float32Array[]> {
    const size = this.options.batchSize ?? 64;
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += size) {
      const batch = texts.slice(start, start + size);
      let raw: unknown;
      try {
        raw = await this.client.embeddings.create({
          model: this.options.model,
          input: batch,
          encoding_format: "float",
        });
      } catch (error) {
        throw new NavabError(`embeddings endpoint ${this.options.baseUrl} failed: ${(error as Error).message}`);
      }
      const parsed = responseSchema.safeParse(raw);
      if (!parsed.success || parsed.data.data.length !== batch.length) {
        throw new NavabError(
          `embeddings endpoint ${this.options.baseUrl} sent an unexpected answer (${batch.length} texts asked)`,
        );
      }
      const ordered = [...parsed.data.data].sort((left, right) => left.index - right.index);
      for (const item of ordered) vectors.push(Float32Array.from(item.embedding));
    }
    if (this.dimensions === 0 && vectors[0] !== undefined) this.dimensions = vectors[0].length;
    return vectors;
  }
}
