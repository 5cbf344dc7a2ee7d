// One free-text LLM call (e.g. the evaluated model's own answer in AJ evaluation) through the same plumbing as
// structuredCompletion: the prompt file, transient retries honouring Retry-After, the cache and the token log.
// A non-empty answer is cached; an empty one is returned but not stored (an empty Batch API answer is reported
// to the batch collector and asked again: deferred to the next batch, or synchronously once the batch gave up).
import type { ChatModel } from "../models/chat/chat-model.js";
import { askModel, prepareCall, recordCached, type CallOptions } from "./llm-call.js";
import type { PromptFile } from "./prompt-file.js";

export interface TextResult {
  text: string;
  cached: boolean;
}

export async function textCompletion(
  chat: ChatModel,
  prompt: PromptFile,
  variables: Readonly<Record<string, string>>,
  options: CallOptions = {},
): Promise<TextResult> {
  const call = prepareCall(chat, prompt, variables, options);
  const cached = await options.cache?.get(call.cacheKey);
  if (cached !== undefined) {
    recordCached(chat, call, options);
    return { text: cached, cached: true };
  }
  let response = await askModel(chat, call, 0, options);
  if (response.batch && response.text.trim() === "") {
    await options.batch?.rejected(call, "empty answer");
    response = await askModel(chat, call, 0, options);
  }
  if (response.text.trim() !== "") await options.cache?.set(call.cacheKey, response.text);
  return { text: response.text, cached: false };
}
