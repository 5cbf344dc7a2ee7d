// One structured LLM call: render the prompt, ask for JSON under a schema, validate with zod, retry malformed
// answers a bounded number of times, then give up with the raw answer kept. Valid answers are cached.
import { z } from "zod";
import type { ChatMessage, ChatModel } from "../models/chat/chat-model.js";
import { cacheKey, type LlmCache } from "./cache.js";
import { renderPrompt, type PromptFile } from "./prompt-file.js";
import { withRetries, type RetryOptions } from "./retry.js";
import type { TokenLog } from "./token-log.js";

export type StructuredResult<T> = { ok: true; value: T; cached: boolean } | { ok: false; raw: string; error: string };

export interface StructuredOptions {
  /** Extra attempts after a malformed or invalid answer (default 2). */
  retries?: number;
  cache?: LlmCache;
  tokenLog?: TokenLog;
  /** Transient-failure policy (429/5xx/timeouts). */
  transient?: RetryOptions;
  seed?: number;
}

/** The JSON schema sent to the backend (grammar locally, response_format remotely). */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}

/** Parses the first JSON value of an answer, tolerating code fences and text around it. */
export function parseJsonAnswer(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/```\s*$/, "");
  try {
    return JSON.parse(trimmed);
  } catch {
    const start = trimmed.search(/[{[]/);
    const end = Math.max(trimmed.lastIndexOf("}"), trimmed.lastIndexOf("]"));
    if (start < 0 || end <= start) throw new SyntaxError("the answer contains no JSON");
    return JSON.parse(trimmed.slice(start, end + 1));
  }
}

function validate<T>(schema: z.ZodType<T>, text: string): { ok: true; value: T } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = parseJsonAnswer(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = schema.safeParse(parsed);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    error: result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; "),
  };
}

/** An already rendered conversation, named for the cache and the token log. */
export interface StructuredRequest {
  promptId: string;
  promptVersion: string;
  messages: ChatMessage[];
  temperature: number;
  maxTokens: number;
}

export async function structuredCompletion<T>(
  chat: ChatModel,
  prompt: PromptFile,
  variables: Record<string, string>,
  schema: z.ZodType<T>,
  options: StructuredOptions = {},
): Promise<StructuredResult<T>> {
  const request = {
    promptId: prompt.id,
    promptVersion: prompt.version,
    messages: renderPrompt(prompt, variables),
    temperature: prompt.temperature,
    maxTokens: prompt.maxTokens,
  };
  return structuredMessages(chat, request, schema, options);
}

/** structuredCompletion for callers that render their own messages (e.g. the topic stage's per-language templates). */
export async function structuredMessages<T>(
  chat: ChatModel,
  request: StructuredRequest,
  schema: z.ZodType<T>,
  options: StructuredOptions = {},
): Promise<StructuredResult<T>> {
  const { messages, promptId } = request;
  const jsonSchema = jsonSchemaOf(schema);
  const key = cacheKey({
    modelId: chat.id,
    promptId,
    promptVersion: request.promptVersion,
    input: { messages, jsonSchema },
  });
  const cached = await options.cache?.get(key);
  if (cached !== undefined) {
    const checked = validate(schema, cached);
    if (checked.ok) {
      options.tokenLog?.record({ promptId, modelId: chat.id, cached: true });
      return { ok: true, value: checked.value, cached: true };
    }
  }
  const attempts = 1 + (options.retries ?? 2);
  let last = { raw: "", error: "no attempt made" };
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const response = await withRetries(
      () =>
        chat.complete({
          messages,
          jsonSchema,
          // A deterministic backend would repeat a malformed answer: warm up a little on each retry.
          temperature: Math.min(1, request.temperature + 0.3 * attempt),
          maxTokens: request.maxTokens,
          ...(options.seed === undefined ? {} : { seed: options.seed + attempt }),
        }),
      options.transient,
    );
    options.tokenLog?.record({
      promptId,
      modelId: chat.id,
      cached: false,
      ...(response.usage ? { usage: response.usage } : {}),
    });
    const checked = validate(schema, response.text);
    if (checked.ok) {
      await options.cache?.set(key, response.text);
      return { ok: true, value: checked.value, cached: false };
    }
    last = { raw: response.text, error: checked.error };
  }
  return { ok: false, ...last };
}
