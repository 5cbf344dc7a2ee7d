// The agreement judge backed by a chat model: prompts/conflicts/agreement through the structured LLM path (a JSON
// grammar locally, response_format remotely; cache, retries, token log). A malformed answer is a failed judgment
// (the member's stance is then neutral), never a guess.
import { z } from "zod";
import type { LlmPlumbing } from "../../llm/llm-call.js";
import { loadPrompt, promptVersionOf, type PromptFile } from "../../llm/prompt-file.js";
import { structuredCompletion } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import { AGREEMENT_VERDICTS, type AgreementJudge } from "./judges.js";

export const agreementAnswer = z.object({ stance: z.enum(AGREEMENT_VERDICTS) });

export const agreementPrompt = (version: string): PromptFile => loadPrompt("conflicts", "agreement", version);

export function llmAgreementJudge(
  chat: ChatModel,
  options: { prompt: string; retries: number; llm?: LlmPlumbing },
): AgreementJudge {
  const prompt = agreementPrompt(options.prompt);
  return {
    modelId: chat.id,
    promptVersion: promptVersionOf(prompt),
    async agreement(first, second) {
      const variables = { first: first.text, second: second.text };
      const answer = await structuredCompletion(chat, prompt, variables, agreementAnswer, {
        ...options.llm,
        retries: options.retries,
        language: first.language,
      });
      if (!answer.ok) return { ok: false, error: `no valid answer (${answer.error}): ${answer.raw.slice(0, 80)}` };
      return { ok: true, verdict: answer.value.stance, reason: `${promptVersionOf(prompt)}: ${answer.value.stance}` };
    },
  };
}
