// ChatModel over any OpenAI-compatible endpoint (openai package); JSON-schema response_format when asked.
import OpenAI, { APIConnectionError, APIError } from "openai";
import { ChatBackendError, retryAfterMilliseconds } from "./chat-errors.js";
import type { ChatModel, ChatRequest, ChatResponse } from "./chat-model.js";

export interface OpenAiChatOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Per-request timeout in milliseconds (default 120 s). */
  timeoutMs?: number;
}

export class OpenAiChatModel implements ChatModel {
  readonly id: string;
  private readonly client: OpenAI;
  private readonly model: string;

  constructor(options: OpenAiChatOptions) {
    this.model = options.model;
    this.id = `openai:${options.model}@${options.baseUrl}`;
    // Retries are navab's (src/llm/retry.ts, honouring retry-after), so the client's own are off: never stacked.
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      apiKey: options.apiKey ?? "not-needed",
      maxRetries: 0,
      timeout: options.timeoutMs ?? 120_000,
    });
  }

  async complete(request: ChatRequest): Promise<ChatResponse> {
    try {
      const completion = await this.client.chat.completions.create({
        model: this.model,
        messages: request.messages,
        ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
        ...(request.seed === undefined ? {} : { seed: request.seed }),
        ...(request.jsonSchema === undefined
          ? {}
          : {
              response_format: {
                type: "json_schema",
                json_schema: { name: "answer", schema: request.jsonSchema, strict: true },
              },
            }),
      });
      const choice = completion.choices[0];
      const usage = completion.usage;
      return {
        text: choice?.message.content ?? "",
        model: completion.model ?? this.model,
        ...(usage ? { usage: { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens } } : {}),
      };
    } catch (error) {
      throw toBackendError(error);
    }
  }
}

function toBackendError(error: unknown): Error {
  if (error instanceof APIConnectionError)
    return new ChatBackendError(`chat endpoint unreachable: ${error.message}`, true);
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const transient = status === 408 || status === 409 || status === 429 || status >= 500;
    const retryAfter = error.headers ? retryAfterMilliseconds((name) => error.headers?.get(name)) : undefined;
    return new ChatBackendError(`chat endpoint answered ${status}: ${error.message}`, transient, retryAfter);
  }
  if (error instanceof SyntaxError)
    return new ChatBackendError(`chat endpoint sent an unreadable body: ${error.message}`, true);
  return error instanceof Error ? error : new Error(String(error));
}
