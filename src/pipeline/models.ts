// Typed model choices of the pipeline steps and the models they make: the chat backend (local GGUF or an
// OpenAI-compatible endpoint) and the embedders — every stage that embeds takes them from the same choices (the
// documents' embedder for topics and article links, the statement embedder for same-value matching), always through
// createEmbeddingModel.
import { createChatModel } from "../models/chat/create-chat-model.js";
import type { ChatModel } from "../models/chat/chat-model.js";
import {
  STATEMENT_EMBEDDER,
  createEmbeddingModel,
  type EmbedderChoice,
} from "../models/embedding/create-embedding-model.js";
import type { EmbeddingModel } from "../models/embedding/embedding-model.js";
import type { Session } from "./session.js";

export type { EmbedderChoice };
export { STATEMENT_EMBEDDER };

export interface ChatChoice {
  /** local (GGUF via node-llama-cpp, default) or openai (any OpenAI-compatible endpoint). */
  backend?: "local" | "openai";
  baseUrl?: string;
  model?: string;
  apiKey?: string;
  /** Any GGUF file instead of the provisioned one. */
  gguf?: string;
}

/** The documents' default (topics, conflict-graph article links): the model-free hashed n-gram baseline. The
 * statement-level default is STATEMENT_EMBEDDER (multilingual-e5-small, query role). */
export const DEFAULT_EMBEDDER: EmbedderChoice = { backend: "hashed" };

export function chatModel(session: Session, choice: ChatChoice): Promise<ChatModel> {
  return createChatModel(session.settings(), { ...choice, log: session.log });
}

export function embeddingModel(session: Session, choice: EmbedderChoice): EmbeddingModel {
  return createEmbeddingModel(choice, session.settings().home, { log: session.log });
}
