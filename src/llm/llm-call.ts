// The plumbing every model call shares (structuredCompletion and textCompletion): the rendered request, its cache
// key, one attempt through the transient-failure retry (429/5xx/timeouts, honouring Retry-After), and the token log.
// With a batch collector attached (collect mode, src/llm/batch), an attempt is answered from a finished batch or
// deferred to the next one instead of asking the model.
import { createHash } from "node:crypto";
import type { ChatModel, ChatRequest, ChatResponse } from "../models/chat/chat-model.js";
import type { BatchCollector } from "./batch/batch-collector.js";
import type { LlmCache } from "./cache.js";
import { promptVersionOf, type PromptFile } from "./prompt-file.js";
import { renderPrompt } from "./render-prompt.js";
import { withRetries, type RetryOptions } from "./retry.js";
import type { TokenLog } from "./token-log.js";
import type { ChatMessage } from "../models/chat/chat-model.js";

/** What a stage's LLM calls share: the answer cache, the token log and the transient-failure retry policy. */
export interface LlmPlumbing {
  cache?: LlmCache;
  tokenLog?: TokenLog;
  retry?: RetryOptions;
  /** Collect mode (src/llm/batch): answers come from the Batch API; absent → every call is synchronous. */
  batch?: BatchCollector;
}

export interface CallOptions extends LlmPlumbing {
  seed?: number;
  /** Overrides the prompt file's maxTokens (e.g. InsTag scales it with the batch). */
  maxTokens?: number;
  /** Picks the prompt's user template for this language (`userByLanguage`), else its default one. */
  language?: string;
}

/** One rendered request, named for the cache and the token log. */
export interface PreparedCall {
  kind: "json" | "text";
  promptId: string;
  /** `<id>.<version>` */
  promptVersion: string;
  messages: ChatMessage[];
  jsonSchema?: Record<string, unknown>;
  temperature: number;
  maxTokens: number;
  seed?: number;
  /** sha256 over everything that changes the answer (versioned: a new key scheme never reads old answers). */
  cacheKey: string;
}

export function prepareCall(
  chat: ChatModel,
  prompt: PromptFile,
  variables: Readonly<Record<string, string>>,
  options: CallOptions,
  jsonSchema?: Record<string, unknown>,
): PreparedCall {
  const messages = renderPrompt(
    prompt,
    variables,
    options.language === undefined ? {} : { language: options.language },
  );
  const maxTokens = options.maxTokens ?? prompt.maxTokens;
  const kind = jsonSchema === undefined ? "text" : "json";
  const keyParts = [
    "navab-llm-v2",
    kind,
    chat.id,
    prompt.id,
    prompt.version,
    messages,
    jsonSchema ?? null,
    options.seed ?? null,
    prompt.temperature,
    maxTokens,
  ];
  return {
    kind,
    promptId: prompt.id,
    promptVersion: promptVersionOf(prompt),
    messages,
    ...(jsonSchema === undefined ? {} : { jsonSchema }),
    temperature: prompt.temperature,
    maxTokens,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    cacheKey: createHash("sha256").update(JSON.stringify(keyParts)).digest("hex"),
  };
}

/** The request of one attempt: attempt ≥ 1 (after a malformed answer) is warmer and takes the next seed. */
export function chatRequestOf(call: PreparedCall, attempt: number): ChatRequest {
  return {
    messages: call.messages,
    ...(call.jsonSchema === undefined ? {} : { jsonSchema: call.jsonSchema }),
    temperature: Math.min(1, call.temperature + 0.3 * attempt),
    maxTokens: call.maxTokens,
    ...(call.seed === undefined ? {} : { seed: call.seed + attempt }),
  };
}

/** A model's answer; `batch` when it came from the Batch API (the stage's check of it is reported back). */
export type ModelAnswer = ChatResponse & { batch?: true };

/**
 * Asks the model once (attempt 0) or again after a malformed answer (attempt ≥ 1: warmer and with the next seed,
 * since a deterministic backend would repeat itself); transient failures are retried inside, then thrown. In
 * collect mode a batch answers the first request (or the call is deferred: DeferredRequest).
 */
export async function askModel(
  chat: ChatModel,
  call: PreparedCall,
  attempt: number,
  plumbing: LlmPlumbing,
): Promise<ModelAnswer> {
  const batched = await plumbing.batch?.answer(chat, call, chatRequestOf(call, 0));
  if (batched !== undefined) {
    plumbing.tokenLog?.record({
      promptId: call.promptId,
      modelId: chat.id,
      cached: false,
      batch: true,
      ...(batched.usage ? { usage: batched.usage } : {}),
    });
    return { ...batched, batch: true };
  }
  const response = await withRetries(() => chat.complete(chatRequestOf(call, attempt)), plumbing.retry);
  plumbing.tokenLog?.record({
    promptId: call.promptId,
    modelId: chat.id,
    cached: false,
    ...(response.usage ? { usage: response.usage } : {}),
  });
  return response;
}

/** Records a cache hit in the token log. */
export function recordCached(chat: ChatModel, call: PreparedCall, plumbing: LlmPlumbing): void {
  plumbing.tokenLog?.record({ promptId: call.promptId, modelId: chat.id, cached: true });
}
