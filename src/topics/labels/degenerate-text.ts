// Degenerate answers of small models (issue 13: "One-One-Two-Three-…", "hahaha", "---"): counting sequences,
// repeated words or units, and text that is mostly punctuation or digits. Shared by topic labels and InsTag tags.

/** Number words of the stage's languages (en, de, fr) and the Chinese numerals. */
const NUMBER_WORDS = new Set(
  [
    "zero one two three four five six seven eight nine ten eleven twelve",
    "first second third fourth fifth sixth seventh eighth ninth tenth",
    "null eins zwei drei vier fünf sechs sieben acht neun zehn",
    "zéro un une deux trois quatre cinq six sept huit neuf dix",
  ]
    .join(" ")
    .split(" "),
);
const CHINESE_NUMERALS = new Set([..."零一二三四五六七八九十百千两"]);
const HAN = /\p{Script=Han}/u;

/** Lower-cased words of a text: runs of letters or digits; every Han character is a word of its own. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/\p{Script=Han}|[\p{L}\p{M}]+|\p{N}+/gu) ?? []
  ).filter(Boolean);
}

function countingSequence(words: readonly string[]): boolean {
  const latin = words.filter((word) => !HAN.test(word));
  const numbers = latin.filter((word) => NUMBER_WORDS.has(word) || /^\p{N}+$/u.test(word)).length;
  if (numbers >= 3 && numbers * 2 >= latin.length) return true;
  const han = words.filter((word) => HAN.test(word));
  const numerals = han.filter((word) => CHINESE_NUMERALS.has(word)).length;
  return numerals >= 4 && numerals * 3 >= han.length * 2;
}

function repeatedWords(words: readonly string[]): boolean {
  const latin = words.filter((word) => !HAN.test(word));
  const counts = new Map<string, number>();
  let run = 1;
  for (const [position, word] of latin.entries()) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    run = position > 0 && latin[position - 1] === word ? run + 1 : 1;
    if (run >= 3 || (counts.get(word) ?? 0) >= 3) return true;
  }
  return latin.length >= 4 && counts.size * 2 <= latin.length;
}

/** Why the text is degenerate, or undefined when it is not. */
export function degenerateReason(text: string): string | undefined {
  const visible = [...text.replace(/\s+/gu, "")];
  const letters = visible.filter((character) => /\p{L}/u.test(character)).length;
  if (letters === 0 || letters * 3 < visible.length) return "mostly punctuation or digits";
  const words = wordsOf(text);
  if (countingSequence(words)) return "a counting sequence";
  if (repeatedWords(words)) return "a repeated word";
  const compact = visible
    .filter((character) => /[\p{L}\p{N}]/u.test(character))
    .join("")
    .toLowerCase();
  if (compact.length >= 3 && /^(.{1,6}?)\1{2,}$/u.test(compact)) return "a repeated unit";
  return undefined;
}
