// LLM topic label (BERTopic's default prompt, used by NaVAB): representative documents + keywords in, a label of
// at most 5 words out, asked as JSON through the shared structured-completion path (zod, retries, cache, token
// log); a plain "topic: <label>" answer left after the retries is accepted too. The label is then graded
// (validate-label.ts: empty, degenerate, prompt echo, generic, too long, unrelated to the topic); any failure falls
// back to the top keywords and records why (`labelSource: "keywords"`, `failure`).
import { z } from "zod";
import type { PromptFile } from "../../llm/prompt-file.js";
import { structuredCompletion, type StructuredOptions } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import { validateLabel } from "./validate-label.js";

export interface TopicLabel {
  label: string;
  source: "llm" | "keywords";
  /** Why the LLM answer was not used (when source is "keywords"). */
  failure?: string;
}

export interface LabelRequest {
  documents: readonly string[];
  keywords: readonly string[];
  language: string;
  seed: number;
}

const answerSchema = z.object({ topic: z.string().min(1) });

/** The label written in the answer, or undefined when the answer holds none. */
export function parseLabelAnswer(text: string): string | undefined {
  let candidate: string | undefined;
  try {
    const parsed = answerSchema.safeParse(JSON.parse(text));
    if (parsed.success) candidate = parsed.data.topic;
  } catch {
    candidate = /topic\s*[:：]\s*(.+)/i.exec(text)?.[1];
  }
  return candidate === undefined ? undefined : cleanLabel(candidate);
}

/** Strips a leading "topic:", quotes and end punctuation; undefined when nothing is left. */
function cleanLabel(candidate: string): string | undefined {
  const cleaned = candidate
    .replace(/^\s*topic\s*[:：]\s*/i, "")
    .replace(/^["'“«\s]+|["'”»\s.。]+$/g, "")
    .trim();
  return cleaned.length === 0 ? undefined : cleaned;
}

export function keywordLabel(keywords: readonly string[], language: string): string {
  return keywords.slice(0, 3).join(language.startsWith("zh") ? "、" : ", ") || "unlabelled";
}

export async function labelTopic(
  request: LabelRequest,
  chat: ChatModel,
  prompt: PromptFile,
  llm: Pick<StructuredOptions, "cache" | "tokenLog" | "retry" | "retries"> = {},
): Promise<TopicLabel> {
  const fallback = (failure: string): TopicLabel => ({
    label: keywordLabel(request.keywords, request.language),
    source: "keywords",
    failure,
  });
  const documents = request.documents
    .slice(0, prompt.parameters.documentCount ?? 4)
    .map((document) => `- ${document.replace(/\s+/g, " ").slice(0, prompt.parameters.documentCharacters ?? 300)}`)
    .join("\n");
  const variables = { documents, keywords: request.keywords.join(", ") };
  let label: string | undefined;
  try {
    const answer = await structuredCompletion(chat, prompt, variables, answerSchema, {
      retries: 1,
      ...llm,
      seed: request.seed,
      language: request.language,
    });
    label = answer.ok ? cleanLabel(answer.value.topic) : parseLabelAnswer(answer.raw);
  } catch (error) {
    return fallback(`chat failed: ${(error as Error).message}`);
  }
  if (label === undefined) return fallback("answer held no label");
  const verdict = validateLabel(label, { prompt, ...request });
  return verdict.ok ? { label, source: "llm" } : fallback(verdict.reason);
}
