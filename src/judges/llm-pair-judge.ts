// A pair judge backed by any chat model through the structured path: the task's versioned prompt file
// (src/prompts/judges/<task>.<version>.json), its JSON answer schema (a grammar locally, response_format remotely),
// re-asks of malformed answers, the answer cache and token log of the caller's LLM plumbing.
import type { z } from "zod";
import { loadPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { structuredCompletion, type StructuredOptions } from "../llm/structured-completion.js";
import type { ChatModel } from "../models/chat/chat-model.js";
import { judgeAnswerSchemas, verdictOf, type JudgeTask } from "./judge-tasks.js";
import type { PairJudge, PairJudgment, StatementPair } from "./pair-judge.js";

export interface LlmPairJudgeOptions extends StructuredOptions {
  /** Version of the task's prompt file, e.g. "v1". */
  prompt: string;
}

export function llmPairJudge(chat: ChatModel, task: JudgeTask, options: LlmPairJudgeOptions): PairJudge {
  const { prompt: version, ...call } = options;
  const prompt = loadPrompt("judges", task, version);
  const schema: z.ZodType<unknown> = judgeAnswerSchemas[task];
  return {
    task,
    modelId: chat.id,
    promptVersion: promptVersionOf(prompt),
    async judge(pair: StatementPair): Promise<PairJudgment> {
      const variables = { first: pair.first, second: pair.second };
      const answer = await structuredCompletion(chat, prompt, variables, schema, { ...call, language: pair.language });
      if (!answer.ok) return { ok: false, verdict: "failed", raw: answer.raw, error: answer.error };
      return { ok: true, verdict: verdictOf(task, answer.value), cached: answer.cached };
    },
  };
}
