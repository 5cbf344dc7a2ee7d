// ChatModel over any OpenAI-compatible endpoint (openai package); JSON-schema response_format when asked. Requests
// to one base URL share one in-flight bound per process (request-limiter.ts); the same request body is what the
// endpoint's Batch API receives (openai-batch-api.ts), so a batched answer is the answer this model would give.
import OpenAI from "openai";
import type { ChatBatchCapability } from "./batch-api.js";
import type { ChatModel, ChatRequest, ChatResponse } from "./chat-model.js";
import { OpenAiBatchApi } from "./openai-batch-api.js";
import { toBackendError } from "./openai-errors.js";
import { endpointLimiter, type RequestLimiter } from "./request-limiter.js";

export interface OpenAiChatOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Per-request timeout in milliseconds (default 120 s). */
  timeoutMs?: number;
  /** Requests in flight to this base URL from this process, across every model and stage (default 8). */
  concurrency?: number;
}

/** The /v1/chat/completions body for a request: sent directly, or as one line of a batch input file. */
export function completionBody(model: string, request: ChatRequest): Record<string, unknown> {
  return {
    model,
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
  };
}

/** The answer of a chat completion (a direct response, or the body of one batch output line). */
export function readCompletion(
  completion: {
    model?: string;
    choices?: { message?: { content?: string | null } }[];
    usage?: { prompt_tokens: number; completion_tokens: number } | null;
  },
  fallbackModel: string,
): ChatResponse {
  const usage = completion.usage;
  return {
    text: completion.choices?.[0]?.message?.content ?? "",
    model: completion.model ?? fallbackModel,
    ...(usage ? { usage: { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens } } : {}),
  };
}

export class OpenAiChatModel implements ChatModel {
  readonly id: string;
  readonly batch: ChatBatchCapability;
  readonly limiter: RequestLimiter;
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
    this.limiter = endpointLimiter(options.baseUrl, options.concurrency ?? 8);
    this.batch = {
      body: (request) => completionBody(this.model, request),
      api: new OpenAiBatchApi(this.client, options.baseUrl),
    };
  }

  async complete(request: ChatRequest): Promise<ChatResponse> {
    try {
      const body = completionBody(this.model, request) as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming;
      const completion = await this.limiter.run(() => this.client.chat.completions.create(body));
      return readCompletion(completion, this.model);
    } catch (error) {
      throw toBackendError(error, "chat endpoint");
    }
  }
}
