// The zod schemas of every LLM answer in the statement pipeline (also sent as JSON schemas / grammars).
import { z } from "zod";

export const screeningAnswer = z.object({
  valueRelated: z.boolean(),
  reason: z.string().max(400),
});

/** The extraction answer with at most `maxStatements` items (the limit also reaches the grammar / JSON schema). */
export const extractionAnswerFor = (maxStatements: number) =>
  z.object({
    statements: z
      .array(
        z.object({
          text: z.string().min(4).max(600),
          valueClaim: z.string().min(2).max(200),
          stance: z.enum(["support", "oppose"]),
        }),
      )
      .max(maxStatements),
  });

export const extractionAnswer = extractionAnswerFor(8);

/** The sentence-numbers answer: the numbers (1-based) of 1–3 consecutive value-stating sentences per statement. */
export const sentenceSelectionAnswerFor = (maxStatements: number) =>
  z.object({
    statements: z
      .array(
        z.object({
          sentences: z.array(z.number().int()).min(1).max(3),
          valueClaim: z.string().min(2).max(200),
          stance: z.enum(["support", "oppose"]),
        }),
      )
      .max(maxStatements),
  });

export const sourceAnswer = z.object({
  source: z.enum(["quoted", "official"]),
  speaker: z.string().max(120),
  organization: z.string().max(160),
});

export const questionAnswer = z.object({ question: z.string().min(1).max(400) });
export const reverseAnswer = z.object({ reverseStatement: z.string().min(1).max(600) });

export type ExtractionAnswer = z.infer<typeof extractionAnswer>;
export type SentenceSelectionAnswer = z.infer<ReturnType<typeof sentenceSelectionAnswerFor>>;
export type SourceAnswer = z.infer<typeof sourceAnswer>;
