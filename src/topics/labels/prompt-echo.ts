// Does an answer echo its prompt? A label or tag is compared, as a word sequence, with the prompt file's own text
// (system, user templates, examples; placeholders removed): an answer made only of prompt words in prompt order
// ("At most 5 words", "The topic is:", "<topic label>", "explanation") or holding three consecutive prompt words is
// an echo of the instructions or the format, not an answer.
import type { PromptFile } from "../../llm/prompt-file.js";
import { wordsOf } from "./degenerate-text.js";

const promptWordCache = new WeakMap<PromptFile, string[][]>();

/** The word sequences of every text of the prompt file, placeholders and data delimiters removed. */
export function promptWordSequences(prompt: PromptFile): string[][] {
  const cached = promptWordCache.get(prompt);
  if (cached !== undefined) return cached;
  const texts = [
    prompt.system,
    prompt.user,
    ...Object.values(prompt.userByLanguage),
    ...prompt.examples.flatMap((example) => [example.user, example.assistant]),
  ];
  const sequences = texts.map((text) => wordsOf(text.replace(/\{\{[^}]*\}\}|<\/?data-[^>]*>/g, " ")));
  promptWordCache.set(prompt, sequences);
  return sequences;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1)
      if (haystack[start + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

/** The echoed prompt words, or undefined when the answer is not an echo of the prompt. */
export function echoedPromptText(answer: string, prompt: PromptFile): string | undefined {
  const words = wordsOf(answer);
  if (words.length === 0) return undefined;
  const sequences = promptWordSequences(prompt);
  if (sequences.some((sequence) => containsRun(sequence, words))) return words.join(" ");
  for (let start = 0; start + 3 <= words.length; start += 1) {
    const run = words.slice(start, start + 3);
    if (sequences.some((sequence) => containsRun(sequence, run))) return run.join(" ");
  }
  return undefined;
}
