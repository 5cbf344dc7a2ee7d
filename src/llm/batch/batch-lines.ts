// The Batch API's file formats: one input line per request ({custom_id, method, url, body}; custom_id = the cache
// key) and the output/error files' lines ({custom_id, response: {status_code, body}, error}), checked at the
// boundary with deliberately minimal zod schemas. A line is an answer only with status 200 and message content.
import { z } from "zod";
import type { BatchRequestLine } from "../../models/chat/batch-api.js";
import type { ChatResponse } from "../../models/chat/chat-model.js";
import { readCompletion } from "../../models/chat/openai-chat-model.js";

export function requestLine(cacheKey: string, body: Record<string, unknown>): BatchRequestLine {
  return { custom_id: cacheKey, method: "POST", url: "/v1/chat/completions", body };
}

export const toJsonl = (lines: readonly unknown[]): string => lines.map((line) => `${JSON.stringify(line)}\n`).join("");

const outputLine = z.object({
  custom_id: z.string(),
  response: z.object({ status_code: z.number(), body: z.unknown() }).nullish(),
  error: z.object({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
});

const completion = z.object({
  model: z.string().optional(),
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }) }))
    .min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
});

export type OutputResult = { key: string; answer: ChatResponse } | { key: string; error: string };

function resultOf(line: z.infer<typeof outputLine>, modelName: string): OutputResult {
  const key = line.custom_id;
  if (line.error) return { key, error: `${line.error.code ?? "error"}: ${line.error.message ?? "no message"}` };
  const response = line.response;
  if (!response) return { key, error: "no response in the output line" };
  if (response.status_code !== 200) {
    const message = (response.body as { error?: { message?: string } } | null)?.error?.message ?? "";
    return { key, error: `status ${response.status_code}${message ? `: ${message}` : ""}` };
  }
  const parsed = completion.safeParse(response.body);
  if (!parsed.success) return { key, error: `unreadable completion: ${parsed.error.issues[0]?.message ?? ""}` };
  const message = parsed.data.choices[0]?.message;
  if (message?.content == null)
    return { key, error: message?.refusal ? `refused: ${message.refusal}` : "the completion has no content" };
  return { key, answer: readCompletion(parsed.data, modelName) };
}

/** The results of an output or error file; lines that are not JSON or lack a custom_id are reported in `unreadable`. */
export function parseOutputFile(text: string, modelName: string): { results: OutputResult[]; unreadable: number } {
  const results: OutputResult[] = [];
  let unreadable = 0;
  for (const raw of text.split("\n")) {
    if (raw.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      unreadable += 1;
      continue;
    }
    const line = outputLine.safeParse(value);
    if (line.success) results.push(resultOf(line.data, modelName));
    else unreadable += 1;
  }
  return { results, unreadable };
}
