// The same-value judge backed by a chat model: prompts/conflicts/same-value through the structured LLM path (cache,
// retries, token log); an unparsable answer counts as "not the same value", with the raw answer as the reason.
import { z } from "zod";
import type { LlmPlumbing } from "../../llm/llm-call.js";
import { loadPrompt, promptVersionOf, type PromptFile } from "../../llm/prompt-file.js";
import { structuredCompletion } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { SameValueJudge } from "./judges.js";

export const sameValueAnswer = z.object({ sameValue: z.boolean(), reason: z.string().optional() });

/** The same-value prompt file of this version. */
export const sameValuePrompt = (version: string): PromptFile => loadPrompt("conflicts", "same-value", version);

export function llmSameValueJudge(
  chat: ChatModel,
  options: { prompt: string; retries: number; llm?: LlmPlumbing },
): SameValueJudge {
  const prompt = sameValuePrompt(options.prompt);
  return {
    modelId: chat.id,
    promptVersion: promptVersionOf(prompt),
    async sameValue(first, second) {
      const variables = { statementA: first.text, statementB: second.text };
      const answer = await structuredCompletion(chat, prompt, variables, sameValueAnswer, {
        ...options.llm,
        retries: options.retries,
        language: first.language,
      });
      if (answer.ok) return { same: answer.value.sameValue, reason: answer.value.reason ?? "" };
      return { same: false, reason: `unparsable LLM answer: ${answer.raw.slice(0, 80)}` };
    },
  };
}
