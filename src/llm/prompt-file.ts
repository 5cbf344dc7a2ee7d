// Versioned prompt files (src/prompts/<area>/<step>.<version>.json): loading, validation and rendering.
// Data (news text, statements) is inserted inside <data-…> delimiters after removing any delimiter look-alikes,
// so an article cannot close the data block and speak as the instructions.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { fromRepository } from "../config/paths.js";
import type { ChatMessage } from "../models/chat/chat-model.js";
import { InputError } from "../shared/errors.js";

export const promptFileSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  description: z.string(),
  /** Where the wording comes from (e.g. "NaVAB Table 8, statement extraction"). */
  source: z.string(),
  system: z.string().min(1),
  user: z.string().min(1),
  /** In-context examples, sent as earlier user/assistant turns. */
  examples: z.array(z.object({ user: z.string(), assistant: z.string() })).default([]),
  maxTokens: z.number().int().positive().default(512),
  temperature: z.number().min(0).max(2).default(0),
  /** Data variables longer than this are cut (keeps small local models inside their context). */
  maxDataCharacters: z.number().int().positive().default(6000),
});

export type PromptFile = z.infer<typeof promptFileSchema>;

const cache = new Map<string, PromptFile>();

/** Loads `src/prompts/<area>/<step>.<version>.json` once. */
export function loadPrompt(area: string, step: string, version = "v1"): PromptFile {
  const path = fromRepository("src", "prompts", area, `${step}.${version}.json`);
  let prompt = cache.get(path);
  if (prompt === undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new InputError(
        `cannot read prompt file ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const parsed = promptFileSchema.safeParse(raw);
    if (!parsed.success) throw new InputError(`prompt file ${path} is invalid: ${parsed.error.message}`);
    prompt = parsed.data;
    cache.set(path, prompt);
  }
  return prompt;
}

/** Removes anything that looks like a data delimiter so the value cannot break out of its block. */
export function neutralizeData(value: string): string {
  return value.replace(/<\/?\s*data[^>]*>/gi, " ");
}

/**
 * Renders the messages: `{{name}}` is replaced by a plain value, `{{data:name}}` by a delimited, neutralized,
 * length-capped data block. Unknown placeholders are an error (a prompt typo must not silently send "{{x}}").
 */
export function renderPrompt(prompt: PromptFile, variables: Record<string, string>): ChatMessage[] {
  const fill = (template: string): string =>
    template.replace(/\{\{(data:)?([a-zA-Z]+)\}\}/g, (_match, data: string | undefined, name: string) => {
      const value = variables[name];
      if (value === undefined)
        throw new InputError(`prompt ${prompt.id}.${prompt.version} needs a value for {{${name}}}`);
      if (!data) return value;
      const text = neutralizeData(value).slice(0, prompt.maxDataCharacters);
      return `<data-${name}>\n${text}\n</data-${name}>`;
    });
  const messages: ChatMessage[] = [{ role: "system", content: fill(prompt.system) }];
  for (const example of prompt.examples) {
    messages.push({ role: "user", content: example.user }, { role: "assistant", content: example.assistant });
  }
  messages.push({ role: "user", content: fill(prompt.user) });
  return messages;
}
