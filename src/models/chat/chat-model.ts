// The chat capability: messages in, one answer out, optionally constrained to a JSON schema; a backend whose
// endpoint has a Batch API says so with `batch` (src/llm/batch sends it many requests at once).
import type { ChatBatchCapability } from "./batch-api.js";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** JSON schema the answer must follow (grammar-constrained locally, response_format remotely). */
  jsonSchema?: Record<string, unknown>;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
}

export interface ChatUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatResponse {
  text: string;
  model: string;
  usage?: ChatUsage;
}

export interface ChatModel {
  /** Stable identity (backend + model + file hash where known); part of every cache key and output record. */
  readonly id: string;
  complete(request: ChatRequest): Promise<ChatResponse>;
  /** Present when the backend's endpoint takes the same requests as a batch (OpenAI Batch API). */
  readonly batch?: ChatBatchCapability;
}
