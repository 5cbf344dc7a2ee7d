// Versioned evaluation prompts (src/prompts/evaluation/*.json), loaded once and filled by name.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { fromRepository } from "../config/paths.js";
import { InputError } from "../shared/errors.js";

const multipleChoiceSchema = z.object({
  version: z.string(),
  question: z.string(),
  listedOptions: z.string(),
  answer: z.string(),
});
const answerJudgmentSchema = z.object({
  version: z.string(),
  answerSystem: z.string(),
  answerUser: z.string(),
  judgeSystem: z.string(),
  judgeUser: z.string(),
});

export type MultipleChoicePrompt = z.infer<typeof multipleChoiceSchema>;
export type AnswerJudgmentPrompt = z.infer<typeof answerJudgmentSchema>;

function loadPrompt<T>(file: string, schema: z.ZodType<T>): T {
  const path = fromRepository("src", "prompts", "evaluation", file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new InputError(`prompt file ${path} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

export const loadMultipleChoicePrompt = (file = "multiple-choice.v1.json"): MultipleChoicePrompt =>
  loadPrompt(file, multipleChoiceSchema);
export const loadAnswerJudgmentPrompt = (file = "answer-judgment.v2.json"): AnswerJudgmentPrompt =>
  loadPrompt(file, answerJudgmentSchema);

/** Replaces each {name} with its value; unknown placeholders are left as they are (JSON braces survive). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
