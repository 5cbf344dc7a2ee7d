// One structured LLM call: render the prompt file, ask for JSON under the zod schema (sent as a JSON schema:
// grammar locally, response_format remotely), validate, re-ask a malformed answer a bounded number of times, then
// give up with the raw answer kept. Valid answers are cached; errors never are. An invalid Batch API answer is
// reported to the batch collector (recorded per item, resubmitted within its bound) and never cached.
import { z } from "zod";
import type { ChatModel } from "../models/chat/chat-model.js";
import { askModel, prepareCall, recordCached, type CallOptions } from "./llm-call.js";
import type { PromptFile } from "./prompt-file.js";

export type StructuredResult<T> = { ok: true; value: T; cached: boolean } | { ok: false; raw: string; error: string };

export interface StructuredOptions extends CallOptions {
  /** Extra attempts after a malformed or invalid answer (default 2). */
  retries?: number;
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

export async function structuredCompletion<T>(
  chat: ChatModel,
  prompt: PromptFile,
  variables: Readonly<Record<string, string>>,
  schema: z.ZodType<T>,
  options: StructuredOptions = {},
): Promise<StructuredResult<T>> {
  const call = prepareCall(chat, prompt, variables, options, jsonSchemaOf(schema));
  const cached = await options.cache?.get(call.cacheKey);
  if (cached !== undefined) {
    const checked = validate(schema, cached);
    if (checked.ok) {
      recordCached(chat, call, options);
      return { ok: true, value: checked.value, cached: true };
    }
  }
  const attempts = 1 + (options.retries ?? 2);
  let last = { raw: "", error: "no attempt made" };
  for (let attempt = 0; attempt < attempts;) {
    const response = await askModel(chat, call, attempt, options);
    const checked = validate(schema, response.text);
    if (checked.ok) {
      await options.cache?.set(call.cacheKey, response.text);
      return { ok: true, value: checked.value, cached: false };
    }
    last = { raw: response.text, error: checked.error };
    // An invalid batch answer uses no attempt: the call is deferred to the next batch (or asked synchronously).
    if (response.batch) await options.batch?.rejected(call, checked.error);
    else attempt += 1;
  }
  return { ok: false, ...last };
}
