// Language identification (ingest, triple checks): script-based for Chinese (Han share of letters), and for Latin-script text
// a stopword vote over English, French and German (stopwords-iso lists; a word shared by several languages
// counts as a fraction), which is reliable on news-length text. Returns "und" when there is no signal.
import { createRequire } from "node:module";

const stopwords = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;
export const LATIN_LANGUAGES = ["en", "fr", "de"] as const;

const owners = new Map<string, string[]>();
for (const language of LATIN_LANGUAGES) {
  for (const word of stopwords[language] ?? []) owners.set(word, [...(owners.get(word) ?? []), language]);
}

const SAMPLE = 5000;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return "und";
  if (han / letters > 0.3) return "zh";
  const scores = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    const languages = owners.get(word);
    if (languages === undefined) continue;
    for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
  }
  let best = "und";
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}
