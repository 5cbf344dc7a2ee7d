// Versioned prompt files: `src/prompts/<area>/<step>.<version>.json`, one format for every LLM call in navab.
// A chat prompt has `system`, `user` (optionally one per language) and in-context `examples`; a scoring prompt
// (log-likelihood templates, no chat) has named `templates`. Both use the one placeholder syntax of
// render-prompt.ts: `{{name}}` for a plain value, `{{data:name}}` for news text and model answers, delimited.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { fromRepository } from "../config/paths.js";
import { InputError } from "../shared/errors.js";
import { placeholderProblems } from "./render-prompt.js";

const header = {
  /** `<area>/<step>`, the file's folder and name. */
  id: z.string().regex(/^[a-z]+\/[a-z-]+$/),
  /** `v<N>`, the file name's suffix; a new wording is a new version (a new file). */
  version: z.string().regex(/^v\d+$/),
  description: z.string(),
  /** Where the wording comes from (e.g. "NaVAB Table 8, statement extraction"). */
  source: z.string(),
};

export const chatPromptSchema = z
  .object({
    ...header,
    system: z.string().min(1),
    user: z.string().min(1),
    /** A user template per base language (e.g. "zh"), used instead of `user` for that language. */
    userByLanguage: z.record(z.string(), z.string().min(1)).default({}),
    /** In-context examples, sent as earlier user/assistant turns (already rendered: no placeholders). */
    examples: z.array(z.object({ user: z.string(), assistant: z.string() })).default([]),
    maxTokens: z.number().int().positive().default(512),
    temperature: z.number().min(0).max(2).default(0),
    /** Data variables longer than this are cut (keeps small local models inside their context). */
    maxDataCharacters: z.number().int().positive().default(6000),
    /** Numbers the calling stage reads with the wording (documents per batch, characters per document, ...). */
    parameters: z.record(z.string(), z.number()).default({}),
  })
  .strict();

export const scoringPromptSchema = z.object({ ...header, templates: z.record(z.string(), z.string()) }).strict();

export type PromptFile = z.infer<typeof chatPromptSchema>;
export type ScoringPromptFile = z.infer<typeof scoringPromptSchema>;

const loaded = new Map<string, unknown>();

/** The version string recorded with every answer: `<id>.<version>`, e.g. `statements/screening.v1`. */
export const promptVersionOf = (prompt: { id: string; version: string }): string => `${prompt.id}.${prompt.version}`;

/** Path of a prompt file. */
export const promptPath = (area: string, step: string, version: string): string =>
  fromRepository("src", "prompts", area, `${step}.${version}.json`);

function loadFile<T extends { id: string; version: string }>(
  area: string,
  step: string,
  version: string,
  schema: z.ZodType<T>,
  problemsOf: (prompt: T) => string[],
): T {
  const path = promptPath(area, step, version);
  const cached = loaded.get(path) as T | undefined;
  if (cached !== undefined) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError(`llm/prompt-file: cannot read ${path}: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new InputError(`llm/prompt-file: ${path} is invalid: ${parsed.error.message}`);
  const prompt = parsed.data;
  if (prompt.id !== `${area}/${step}` || prompt.version !== version)
    throw new InputError(`llm/prompt-file: ${path} declares ${promptVersionOf(prompt)}; rename the file or fix its id`);
  const problems = problemsOf(prompt);
  if (problems.length > 0) throw new InputError(`llm/prompt-file: ${path}: ${problems.join("; ")}`);
  loaded.set(path, prompt);
  return prompt;
}

/** Loads and validates the chat prompt `src/prompts/<area>/<step>.<version>.json` (once per process). */
export function loadPrompt(area: string, step: string, version = "v1"): PromptFile {
  return loadFile(area, step, version, chatPromptSchema, (prompt) =>
    [prompt.system, prompt.user, ...Object.values(prompt.userByLanguage)].flatMap(placeholderProblems),
  );
}

/** Loads a scoring prompt (named log-likelihood templates; plain placeholders only, no data blocks). */
export function loadScoringPrompt(area: string, step: string, version = "v1"): ScoringPromptFile {
  return loadFile(area, step, version, scoringPromptSchema, (prompt) =>
    Object.values(prompt.templates).flatMap((text) => [
      ...placeholderProblems(text),
      ...(text.includes("{{data:") ? ["a scoring template takes plain {{name}} values only (the text is scored)"] : []),
    ]),
  );
}
