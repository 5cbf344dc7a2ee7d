// Picks an embedding backend by name for the CLI and the demo: "hashed" (default, offline baseline),
// "transformers" (local ONNX models, paper's per-language choice), "openai" (any /v1/embeddings endpoint).
import { join } from "node:path";
import { InputError } from "../../shared/errors.js";
import type { EmbeddingModel } from "./embedding-model.js";
import { HashedNgramEmbeddingModel } from "./hashed-ngram-embedding-model.js";
import { OpenAiEmbeddingModel } from "./openai-embedding-model.js";
import { PAPER_MODELS, TransformersEmbeddingModel, type LocalModelChoice } from "./transformers-embedding-model.js";

export interface EmbedderChoice {
  backend: "hashed" | "transformers" | "openai";
  /** transformers: folder of local models (default <home>/models); openai: unused. */
  modelFolder?: string;
  /** transformers: one model folder name for every language (else the paper's per-language models); openai: model name. */
  model?: string;
  pooling?: "mean" | "cls";
  /** transformers with `model`: tokens kept per text. */
  maxTokens?: number;
  dimensions?: number;
  /** openai: endpoint base URL (default $NAVAB_EMBEDDINGS_URL). */
  baseUrl?: string;
  apiKey?: string;
}

export function createEmbeddingModel(choice: EmbedderChoice, home: string): EmbeddingModel {
  switch (choice.backend) {
    case "hashed":
      return new HashedNgramEmbeddingModel(choice.dimensions === undefined ? {} : { dimensions: choice.dimensions });
    case "transformers": {
      const models: Record<string, LocalModelChoice> =
        choice.model === undefined
          ? PAPER_MODELS
          : {
              default: {
                name: choice.model,
                pooling: choice.pooling ?? "mean",
                ...(choice.maxTokens === undefined ? {} : { maxTokens: choice.maxTokens }),
              },
            };
      return new TransformersEmbeddingModel({
        modelFolder: choice.modelFolder ?? join(home, "models"),
        models,
        dimensions: choice.dimensions ?? 384,
      });
    }
    case "openai": {
      const baseUrl = choice.baseUrl ?? process.env.NAVAB_EMBEDDINGS_URL;
      if (baseUrl === undefined || choice.model === undefined)
        throw new InputError(
          "the openai embedder needs --embedding-url (or NAVAB_EMBEDDINGS_URL) and --embedding-model",
        );
      const apiKey = choice.apiKey ?? process.env.NAVAB_EMBEDDINGS_API_KEY;
      return new OpenAiEmbeddingModel({
        baseUrl,
        model: choice.model,
        ...(apiKey === undefined ? {} : { apiKey }),
        ...(choice.dimensions === undefined ? {} : { dimensions: choice.dimensions }),
      });
    }
    default:
      throw new InputError(`unknown embedder "${String(choice.backend)}"; use hashed, transformers or openai`);
  }
}
