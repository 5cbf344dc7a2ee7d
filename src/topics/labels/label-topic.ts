// LLM topic label (BERTopic's default prompt, used by NaVAB): representative documents + keywords in, a label of
// at most 5 words out, asked as JSON through the shared structured-completion path (zod, retries, cache, token
// log); a plain "topic: <label>" answer left after the retries is accepted too. Any failure falls back to the
// top keywords and records that it did (`labelSource: "keywords"`).
import { z } from "zod";
import type { PromptFile } from "../../llm/prompt-file.js";
import { structuredCompletion, type StructuredOptions } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";

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

function tooLong(label: string, prompt: PromptFile): boolean {
  const words = label.split(/\s+/).filter(Boolean);
  const maximumWords = prompt.parameters.maximumWords ?? 5;
  const maximumCharacters = prompt.parameters.maximumCharactersWithoutSpaces ?? 16;
  return (
    words.length > maximumWords ||
    (words.length === 1 && [...label].length > maximumCharacters && /\p{Script=Han}/u.test(label))
  );
}

/** Answers small models give instead of a label (echoes of the prompt's format line). */
const GENERIC_LABELS = new Set([
  "topic",
  "the topic",
  "topic label",
  "<topic label>",
  "label",
  "unknown",
  "none",
  "n/a",
  "话题",
  "主题",
]);

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
  if (tooLong(label, prompt)) return fallback("label longer than 5 words");
  if (GENERIC_LABELS.has(label.toLowerCase())) return fallback(`generic label "${label}"`);
  return { label, source: "llm" };
}
