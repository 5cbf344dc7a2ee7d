// The grounding gate of statement extraction (issue 13 item 1): a statement counts only if its text is in its
// article — verbatim, after normalisation, or above a span-similarity threshold inside 1..maximumSentences
// consecutive sentences, then stored as the article's matched span — or, with numbered sentences, if it names existing consecutive sentences (then its text
// is the article's own). Anything else is kept as `unsupported` with its reason and never used by later stages.
import { z } from "zod";
import { normalizedWithOffsets } from "./match-text.js";
import { sentenceSpans, type TextSpan } from "./sentences.js";
import { locateSpan, type SourceSpan } from "./span.js";

export const groundingSettings = z.object({
  /** Dice similarity a non-exact statement needs with its best span (1 = verbatim only). */
  minimumSimilarity: z.number().min(0).max(1),
  /** A statement may span at most this many consecutive sentences. */
  maximumSentences: z.number().int().min(1).max(5),
});
export type GroundingSettings = z.infer<typeof groundingSettings>;

export type UnsupportedReason =
  "not-in-article" | "prompt-example" | "sentence-out-of-range" | "sentences-not-consecutive" | "too-many-sentences";

export interface GroundedStatement {
  text: string;
  valueClaim: string;
  stance: "support" | "oppose";
  span: SourceSpan;
  /** null when supported. */
  unsupportedReason: UnsupportedReason | null;
}

const contains = (haystack: string, needle: string): boolean => {
  const normalized = normalizedWithOffsets(needle).text.replace(/[.。!?！？]+$/u, "");
  return normalized.length > 0 && normalizedWithOffsets(haystack).text.includes(normalized);
};

/** A statement the model wrote out (prompt v1): located in the article, supported above the threshold. */
export function groundQuotedStatement(
  article: string,
  statement: { text: string; valueClaim: string; stance: "support" | "oppose" },
  settings: GroundingSettings,
  promptExamples: readonly string[],
): GroundedStatement {
  const text = statement.text.trim();
  const span = locateSpan(article, text, settings.maximumSentences);
  const base = { text, valueClaim: statement.valueClaim.trim(), stance: statement.stance, span };
  // Supported: the stored text is the article's own span, so a near match (the model's typos, dropped quotes or
  // punctuation) never puts words into the benchmark that the article does not have.
  if (span.exact || span.similarity >= settings.minimumSimilarity)
    return {
      ...base,
      text: span.end > span.start ? article.slice(span.start, span.end) : text,
      unsupportedReason: null,
    };
  const fromExample = promptExamples.some((example) => contains(example, text));
  return { ...base, unsupportedReason: fromExample ? "prompt-example" : "not-in-article" };
}

export interface NumberedSentences {
  /** `[1] first sentence\n[2] …`, only whole sentences, within the character budget. */
  text: string;
  sentences: TextSpan[];
}

/** The article's sentences numbered from 1, as many whole ones as fit in `budget` characters (at least one). */
export function numberSentences(article: string, budget: number): NumberedSentences {
  const lines: string[] = [];
  const sentences: TextSpan[] = [];
  let used = 0;
  for (const span of sentenceSpans(article)) {
    const line = `[${sentences.length + 1}] ${article.slice(span.start, span.end).replace(/\s+/gu, " ")}`;
    if (sentences.length > 0 && used + line.length + 1 > budget) break;
    lines.push(line);
    sentences.push(span);
    used += line.length + 1;
  }
  return { text: lines.join("\n"), sentences };
}

/** A statement given as sentence numbers (prompt v2): its text is the article's sentences first..last. */
export function groundSelectedSentences(
  article: string,
  sentences: readonly TextSpan[],
  statement: { sentences: number[]; valueClaim: string; stance: "support" | "oppose" },
  settings: GroundingSettings,
): GroundedStatement {
  const numbers = [...new Set(statement.sentences)].sort((left, right) => left - right);
  const first = sentences[(numbers[0] ?? 0) - 1];
  const last = sentences[(numbers.at(-1) ?? 0) - 1];
  const valueClaim = statement.valueClaim.trim();
  const unsupported = (reason: UnsupportedReason): GroundedStatement => ({
    text: `[sentences ${statement.sentences.join(", ")}]`,
    valueClaim,
    stance: statement.stance,
    span: { start: 0, end: 0, exact: false, similarity: 0 },
    unsupportedReason: reason,
  });
  if (first === undefined || last === undefined || (numbers[0] ?? 0) < 1) return unsupported("sentence-out-of-range");
  if (numbers.some((number, index) => index > 0 && number !== (numbers[index - 1] ?? 0) + 1))
    return unsupported("sentences-not-consecutive");
  if (numbers.length > settings.maximumSentences) return unsupported("too-many-sentences");
  return {
    text: article.slice(first.start, last.end),
    valueClaim,
    stance: statement.stance,
    span: { start: first.start, end: last.end, exact: true, similarity: 1 },
    unsupportedReason: null,
  };
}
