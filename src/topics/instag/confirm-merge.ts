// The LLM step of InsTag tag consolidation: a candidate group of embedding-similar tags is shown to the model
// (prompt topics/instag-merge) through the shared structured-completion path, which answers whether they name one
// topic. The answer and its reason are returned for the audit; a failed call keeps the tags apart.
import { z } from "zod";
import type { PromptFile } from "../../llm/prompt-file.js";
import { structuredCompletion, type StructuredOptions } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";

export interface MergeVerdict {
  merged: boolean;
  reason: string;
}

const answerSchema = z.object({ sameTopic: z.boolean() });

export async function confirmMerge(
  tags: readonly string[],
  request: { chat: ChatModel; prompt: PromptFile; language: string; seed: number },
  llm: Pick<StructuredOptions, "cache" | "tokenLog" | "retry"> = {},
): Promise<MergeVerdict> {
  try {
    const answer = await structuredCompletion(
      request.chat,
      request.prompt,
      { tags: tags.map((tag) => `- ${tag}`).join("\n") },
      answerSchema,
      { retries: 1, ...llm, seed: request.seed, language: request.language },
    );
    if (!answer.ok) return { merged: false, reason: `merge check failed: ${answer.error}` };
    return answer.value.sameTopic
      ? { merged: true, reason: "model: one topic" }
      : { merged: false, reason: "model: not one topic" };
  } catch (error) {
    return { merged: false, reason: `merge check failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
