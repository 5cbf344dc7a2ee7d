// Rendering prompt files, with the one placeholder syntax: `{{name}}` is replaced by a plain value, `{{data:name}}`
// by a delimited, neutralized, length-capped `<data-name>` block. News text and model answers always go in data
// blocks, after removing anything that looks like a delimiter, so a text cannot close its block and speak as the
// instructions. Unknown placeholders are an error: a prompt typo must not silently send "{{x}}".
import type { ChatMessage } from "../models/chat/chat-model.js";
import { InputError } from "../shared/errors.js";
import { baseLanguage } from "../text/tokenization/stopwords.js";
import type { PromptFile, ScoringPromptFile } from "./prompt-file.js";

const PLACEHOLDER = /\{\{(data:)?([a-zA-Z]+)\}\}/g;

/** What is wrong with the placeholders of one template (any syntax but `{{name}}` / `{{data:name}}`). */
export function placeholderProblems(template: string): string[] {
  const problems: string[] = [];
  const rest = template.replace(PLACEHOLDER, "");
  for (const match of rest.matchAll(/\{\{[^}]*\}\}|\{\{|\}\}/g))
    problems.push(`"${match[0]}" is not {{name}} or {{data:name}}`);
  for (const match of rest.matchAll(/(?<!\{)\{[A-Za-z_][A-Za-z0-9_]*\}(?!\})/g))
    problems.push(`"${match[0]}" uses single braces; write {{name}}`);
  for (const match of rest.matchAll(/\[[A-Z][A-Z0-9_]+\]/g))
    problems.push(`"${match[0]}" is a [NAME] placeholder; write {{name}}`);
  return problems;
}

/** Removes anything that looks like a data delimiter so the value cannot break out of its block. */
export function neutralizeData(value: string): string {
  return value.replace(/<\/?\s*data[^>]*>/gi, " ");
}

function fill(
  template: string,
  variables: Readonly<Record<string, string>>,
  prompt: { id: string; version: string },
  maxDataCharacters: number,
): string {
  return template.replace(PLACEHOLDER, (_match, data: string | undefined, name: string) => {
    const value = variables[name];
    if (value === undefined)
      throw new InputError(`llm/render-prompt: prompt ${prompt.id}.${prompt.version} needs a value for {{${name}}}`);
    if (!data) return value;
    const text = neutralizeData(value).slice(0, maxDataCharacters);
    return `<data-${name}>\n${text}\n</data-${name}>`;
  });
}

/** The messages of a chat prompt: system, the in-context examples, then the user template (per language). */
export function renderPrompt(
  prompt: PromptFile,
  variables: Readonly<Record<string, string>>,
  options: { language?: string } = {},
): ChatMessage[] {
  const user =
    options.language === undefined
      ? prompt.user
      : (prompt.userByLanguage[baseLanguage(options.language)] ?? prompt.user);
  const messages: ChatMessage[] = [
    { role: "system", content: fill(prompt.system, variables, prompt, prompt.maxDataCharacters) },
  ];
  for (const example of prompt.examples) {
    messages.push({ role: "user", content: example.user }, { role: "assistant", content: example.assistant });
  }
  messages.push({ role: "user", content: fill(user, variables, prompt, prompt.maxDataCharacters) });
  return messages;
}

/** One named template of a scoring prompt with its plain values inserted (the text that is scored, verbatim). */
export function renderTemplate(
  prompt: ScoringPromptFile,
  name: string,
  variables: Readonly<Record<string, string>>,
): string {
  const template = prompt.templates[name];
  if (template === undefined)
    throw new InputError(`llm/render-prompt: prompt ${prompt.id}.${prompt.version} has no template "${name}"`);
  return fill(template, variables, prompt, Number.MAX_SAFE_INTEGER);
}
