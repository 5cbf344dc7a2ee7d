// Chooses the chat backend from flags and environment: an OpenAI-compatible endpoint, or the local GGUF (default).
import { llmConcurrency, type ModelEnvironment } from "../../config/model-environment.js";
import type { Settings } from "../../config/settings.js";
import { InputError } from "../../shared/errors.js";
import { ensureLocalModel } from "../local/local-model.js";
import type { ChatModel } from "./chat-model.js";
import { LlamaChatModel } from "./llama-chat-model.js";
import { OpenAiChatModel } from "./openai-chat-model.js";

export interface ChatModelOverrides {
  backend?: "local" | "openai";
  baseUrl?: string;
  model?: string;
  apiKey?: string;
  /** Path of any GGUF file (same as NAVAB_GGUF). */
  gguf?: string;
  /** Requests in flight to the endpoint from this process (default NAVAB_LLM_CONCURRENCY, else 8). */
  concurrency?: number;
  environment?: ModelEnvironment;
  log?: (line: string) => void;
}

/** OpenAI-compatible when a base URL is given (flag or NAVAB_LLM_BASE_URL), else the local GGUF model. */
export async function createChatModel(settings: Settings, overrides: ChatModelOverrides = {}): Promise<ChatModel> {
  const environment = overrides.environment ?? settings.models;
  const baseUrl = overrides.baseUrl ?? environment.NAVAB_LLM_BASE_URL;
  const backend = overrides.backend ?? (baseUrl ? "openai" : "local");
  if (backend === "openai") {
    const model = overrides.model ?? environment.NAVAB_LLM_MODEL;
    if (!baseUrl) throw new InputError("the openai backend needs --base-url or NAVAB_LLM_BASE_URL");
    if (!model) throw new InputError("the openai backend needs --model or NAVAB_LLM_MODEL");
    const apiKey = overrides.apiKey ?? environment.OPENAI_API_KEY;
    return new OpenAiChatModel({
      baseUrl,
      model,
      concurrency: overrides.concurrency ?? llmConcurrency(environment),
      ...(apiKey ? { apiKey } : {}),
    });
  }
  const localEnvironment = overrides.gguf ? { ...environment, NAVAB_GGUF: overrides.gguf } : environment;
  const local = await ensureLocalModel(settings, {
    environment: localEnvironment,
    ...(overrides.log ? { log: overrides.log } : {}),
  });
  return new LlamaChatModel(local, { threads: settings.llamaThreads });
}
