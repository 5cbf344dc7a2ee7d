// Versioned prompt files of the topic stage (src/prompts/topics/*.vN.json), validated with zod when loaded.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { fromRepository } from "../config/paths.js";
import type { StructuredRequest } from "../llm/structured-completion.js";
import { NavabError } from "../shared/errors.js";
import { baseLanguage } from "../text/tokenization/stopwords.js";

const promptSchema = z.object({
  id: z.string(),
  version: z.string(),
  system: z.string(),
  templates: z.object({ default: z.string() }).catchall(z.string()),
  documentCharacters: z.number().int().positive(),
  documentCount: z.number().int().positive().optional(),
  batchSize: z.number().int().positive().optional(),
  maximumTags: z.number().int().positive().optional(),
  maximumWords: z.number().int().positive().optional(),
  maximumCharactersWithoutSpaces: z.number().int().positive().optional(),
});

export type PromptFile = z.infer<typeof promptSchema>;

/** Loads `src/prompts/topics/<name>.json` (e.g. "label.v1"). */
export function loadTopicPrompt(name: string): PromptFile {
  const path = fromRepository("src", "prompts", "topics", `${name}.json`);
  try {
    return promptSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    throw new NavabError(`topic prompt ${path} is missing or invalid: ${(error as Error).message}`);
  }
}

/** The template for a language (falls back to the default one). */
export function templateFor(prompt: PromptFile, language: string): string {
  return prompt.templates[baseLanguage(language)] ?? prompt.templates.default;
}

/** `prompt.id@version`, recorded on every output node. */
export function promptVersion(prompt: PromptFile): string {
  return `${prompt.id}@${prompt.version}`;
}

/** The prompt's system text then `content`, at temperature 0, as one structured-completion request. */
export function topicConversation(prompt: PromptFile, content: string, maxTokens: number): StructuredRequest {
  return {
    promptId: prompt.id,
    promptVersion: prompt.version,
    messages: [
      { role: "system", content: prompt.system },
      { role: "user", content },
    ],
    temperature: 0,
    maxTokens,
  };
}

/** Replaces [NAME] placeholders (values inserted verbatim, once each). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\[([A-Z_]+)\]/g, (whole, name: string) => values[name] ?? whole);
}
