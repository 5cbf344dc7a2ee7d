// Language-aware word tokenization for topic keywords and the hashed embedder: jieba for Chinese,
// Intl.Segmenter word boundaries for fr/de/en (with French/Italian elision handling: l'État → état),
// lower-casing, stopword and number removal.
import { segmentChinese } from "./chinese.js";
import { baseLanguage, stopwordsFor } from "./stopwords.js";

export interface TokenizeOptions {
  /** Keep stopwords (default false). */
  keepStopwords?: boolean;
  /** Shortest kept token in characters (default 2; Chinese words of one character are always dropped). */
  minimumLength?: number;
}

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/u;
const HAS_LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;
const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Raw word-like segments of the text, before filtering. */
export function segmentWords(text: string, language: string): string[] {
  const base = baseLanguage(language);
  if (base === "zh" || base === "ja")
    return segmentChinese(text)
      .map((word) => word.trim())
      .filter(Boolean);
  const words: string[] = [];
  for (const segment of wordSegmenter(base).segment(text)) {
    if (segment.isWordLike) words.push(segment.segment);
  }
  return words;
}

/** Lower-cased content words of the text in the given language. */
export function tokenize(text: string, language: string, options: TokenizeOptions = {}): string[] {
  const base = baseLanguage(language);
  const stopwords = options.keepStopwords ? undefined : stopwordsFor(base);
  const minimumLength = options.minimumLength ?? 2;
  const tokens: string[] = [];
  for (const raw of segmentWords(text, base)) {
    let word = raw.toLowerCase();
    if (base === "fr" || base === "it") word = word.replace(ELISION, "");
    word = word.replace(/['’]s$/u, "");
    if (!HAS_LETTER.test(word)) continue;
    if (HAN.test(word) ? [...word].length < 2 : word.length < minimumLength) continue;
    if (stopwords?.has(word)) continue;
    tokens.push(word);
  }
  return tokens;
}
