// The `--llm <local|openai>` / `--gguf <path>` pair of commands whose chat model is optional (topics, conflicts):
// the flags, their validation, and the chat choice (undefined when --llm is absent).
import type { Command } from "commander";
import type { ChatChoice } from "../pipeline/models.js";
import { InputError } from "../shared/errors.js";

export interface OptionalChatFlags {
  llm?: string;
  gguf?: string;
}

export function withOptionalChatFlags(command: Command, purpose: string): Command {
  return command
    .option("--llm <backend>", `${purpose} with a chat model: local (GGUF) or openai (NAVAB_LLM_BASE_URL)`)
    .option("--gguf <path>", "GGUF file for --llm local (or NAVAB_GGUF)");
}

export function optionalChatChoice(flags: OptionalChatFlags): ChatChoice | undefined {
  if (flags.llm === undefined) return undefined;
  if (flags.llm !== "local" && flags.llm !== "openai")
    throw new InputError(`--llm must be local or openai, not "${flags.llm}"`);
  return { backend: flags.llm, ...(flags.gguf ? { gguf: flags.gguf } : {}) };
}
