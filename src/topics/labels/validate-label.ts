// Graders for what the model names (promptfoo-style: pure functions returning {ok, reason}). A topic label must not
// be empty, degenerate, an echo of its prompt, a generic placeholder, longer than the prompt allows, or free of any
// word of its topic's keywords and documents (issue 13: the demo's "At most 5 words", "The topic is:" and
// "One-One-Two-Three-…" were accepted). An InsTag tag must not be empty, degenerate or an echo of its prompt, and
// must share a content word with the document it tags.
import type { PromptFile } from "../../llm/prompt-file.js";
import { contentWords, sharesContent } from "./content-overlap.js";
import { degenerateReason } from "./degenerate-text.js";
import { echoedPromptText } from "./prompt-echo.js";

export type Verdict = { ok: true } | { ok: false; reason: string };

export interface LabelContext {
  /** The label prompt the answer came from (its own text is what an echo is compared with). */
  prompt: PromptFile;
  /** Majority language of the topic. */
  language: string;
  keywords: readonly string[];
  /** The topic's documents, most representative first (the first `overlapDocuments` are searched). */
  documents: readonly string[];
}

/** Answers small models give instead of a label. */
const GENERIC_LABELS = new Set([
  "topic",
  "the topic",
  "topic label",
  "label",
  "unknown",
  "none",
  "n/a",
  "话题",
  "主题",
]);
const OVERLAP_DOCUMENTS = 20;

const fail = (reason: string): Verdict => ({ ok: false, reason });

/** The checks labels and tags share: empty, degenerate, echo of the prompt. */
function checkAnswer(answer: string, prompt: PromptFile, what: string): Verdict {
  const text = answer.trim();
  if (text.length === 0) return fail(`empty ${what}`);
  const degenerate = degenerateReason(text);
  if (degenerate !== undefined) return fail(`degenerate ${what}: ${degenerate}`);
  const echoed = echoedPromptText(text, prompt);
  if (echoed !== undefined) return fail(`${what} echoes the prompt ("${echoed}")`);
  return { ok: true };
}

function tooLong(label: string, prompt: PromptFile): string | undefined {
  const words = label.split(/\s+/).filter(Boolean);
  const maximumWords = prompt.parameters.maximumWords ?? 5;
  const maximumCharacters = prompt.parameters.maximumCharactersWithoutSpaces ?? 16;
  if (words.length > maximumWords) return `label longer than ${maximumWords} words`;
  if (words.length === 1 && [...label].length > maximumCharacters && /\p{Script=Han}/u.test(label))
    return `label longer than ${maximumCharacters} characters`;
  return undefined;
}

export function validateLabel(label: string, context: LabelContext): Verdict {
  if (GENERIC_LABELS.has(label.trim().toLowerCase())) return fail(`generic label "${label.trim()}"`);
  const answer = checkAnswer(label, context.prompt, "label");
  if (!answer.ok) return answer;
  const length = tooLong(label.trim(), context.prompt);
  if (length !== undefined) return fail(length);
  if (contentWords(label, context.language).length === 0) return fail("label has no content word");
  const topic = { ...context, documents: context.documents.slice(0, OVERLAP_DOCUMENTS) };
  if (!sharesContent(label, topic)) return fail("label shares no content word with the topic's keywords and documents");
  return { ok: true };
}

/** A tag of one document: not empty, degenerate or a prompt echo, and about its document (a shared content word). */
export function validateTag(tag: string, prompt: PromptFile, document: { text: string; language: string }): Verdict {
  const answer = checkAnswer(tag, prompt, "tag");
  if (!answer.ok) return answer;
  if (contentWords(tag, document.language).length === 0) return fail("tag has no content word");
  const topic = { language: document.language, keywords: [], documents: [document.text] };
  return sharesContent(tag, topic) ? { ok: true } : fail("tag shares no content word with its document");
}
