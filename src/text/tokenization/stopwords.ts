// Stopword sets per language from stopwords-iso, plus a few news-boilerplate words the topic stage should ignore.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const isoStopwords = require("stopwords-iso") as Record<string, string[]>;

/** Words that dominate news text in every topic and say nothing about it (reporting verbs, outlet words). */
const NEWS_BOILERPLATE: Record<string, readonly string[]> = {
  en: [
    "said",
    "says",
    "told",
    "mr",
    "mrs",
    "ms",
    "year",
    "years",
    "also",
    "people",
    "bbc",
    "new",
    "just",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
  ],
  fr: [
    "a",
    "été",
    "selon",
    "ans",
    "c'est",
    "dit",
    "plus",
    "fait",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
  ],
  de: [
    "sagte",
    "jahr",
    "jahren",
    "prozent",
    "mehr",
    "schon",
    "könnten",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
  ],
  zh: [
    "记者",
    "表示",
    "指出",
    "认为",
    "问题",
    "进行",
    "今天",
    "有关",
    "方面",
    "发言人",
    "提问",
    "回答",
    "我们",
    "你们",
    "他们",
  ],
};

const cache = new Map<string, ReadonlySet<string>>();

/** The stopword set for an ISO 639-1 language (empty set for unknown languages). */
export function stopwordsFor(language: string): ReadonlySet<string> {
  const key = baseLanguage(language);
  let words = cache.get(key);
  if (words === undefined) {
    words = new Set([...(isoStopwords[key] ?? []), ...(NEWS_BOILERPLATE[key] ?? [])].map((word) => word.toLowerCase()));
    cache.set(key, words);
  }
  return words;
}

/** "zh-Hans" → "zh", "en-GB" → "en". */
export function baseLanguage(language: string): string {
  return (language.split(/[-_]/)[0] ?? language).toLowerCase();
}
