// The two ways an extraction prompt can ask for statements, chosen by the prompt file itself: written-out quotes
// (statement-extraction v1: the text is located and gated by span similarity) or sentence numbers
// (`parameters.numberedSentences = 1`, v2: the article goes in as numbered sentences and the statement text is the
// article's own). Each gives the prompt variables, the answer schema and the grounding of an answer.
import type { z } from "zod";
import type { PromptFile } from "../llm/prompt-file.js";
import { extractionAnswerFor, sentenceSelectionAnswerFor } from "./answer-schemas.js";
import {
  groundQuotedStatement,
  groundSelectedSentences,
  numberSentences,
  type GroundedStatement,
  type GroundingSettings,
} from "./grounding.js";

export interface ExtractionRequest {
  variables: Record<string, string>;
  schema: z.ZodType<{ statements: unknown[] }>;
  /** The grounded statements of a valid answer, in answer order. */
  ground(answer: { statements: unknown[] }): GroundedStatement[];
}

export const usesNumberedSentences = (prompt: PromptFile): boolean => prompt.parameters.numberedSentences === 1;

/** The texts of the prompt's in-context examples (a quote found only there is the model echoing the prompt). */
const exampleTexts = (prompt: PromptFile): string[] =>
  prompt.examples.flatMap((example) => [example.user, example.assistant]);

export function extractionRequest(
  prompt: PromptFile,
  article: { text: string; language: string },
  settings: { maxStatements: number; grounding: GroundingSettings },
  languageName: string,
): ExtractionRequest {
  const common = { language: languageName, maxStatements: String(settings.maxStatements) };
  if (usesNumberedSentences(prompt)) {
    const numbered = numberSentences(article.text, prompt.maxDataCharacters);
    const schema = sentenceSelectionAnswerFor(settings.maxStatements);
    return {
      variables: { ...common, sentences: numbered.text },
      schema,
      ground: (answer) =>
        (answer as z.infer<typeof schema>).statements.map((statement) =>
          groundSelectedSentences(article.text, numbered.sentences, statement, settings.grounding),
        ),
    };
  }
  const schema = extractionAnswerFor(settings.maxStatements);
  const examples = exampleTexts(prompt);
  return {
    variables: { ...common, article: article.text },
    schema,
    ground: (answer) =>
      (answer as z.infer<typeof schema>).statements.map((statement) =>
        groundQuotedStatement(article.text, statement, settings.grounding, examples),
      ),
  };
}
