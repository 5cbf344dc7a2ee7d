// Does a label say something about its topic? Its content words (the shared tokenization of src/text: jieba for
// Chinese, stopwords removed) are looked up in the topic's keywords and documents: a word counts when it occurs
// there, or its first three quarters do (tariffs/tariff, economic/economy), or, in Chinese, one of its two-character
// pieces does. A label none of whose content words occurs is not about the topic.
import { baseLanguage } from "../../text/tokenization/stopwords.js";
import { tokenize } from "../../text/tokenization/tokenize.js";

const HAN = /\p{Script=Han}/u;

/** The language a label is tokenized in: Chinese when it has Han characters, else the topic's (English for zh). */
function labelLanguage(label: string, topicLanguage: string): string {
  if (HAN.test(label)) return "zh";
  return baseLanguage(topicLanguage) === "zh" ? "en" : topicLanguage;
}

function occurs(word: string, haystack: string): boolean {
  if (haystack.includes(word)) return true;
  const characters = [...word];
  if (HAN.test(word)) {
    for (let start = 0; start + 2 <= characters.length; start += 1)
      if (haystack.includes(characters.slice(start, start + 2).join(""))) return true;
    return false;
  }
  const stemLength = Math.max(4, Math.ceil(characters.length * 0.75));
  return stemLength < characters.length && haystack.includes(characters.slice(0, stemLength).join(""));
}

/** The label's content words (empty when it has none). */
export function contentWords(label: string, topicLanguage: string): string[] {
  return tokenize(label, labelLanguage(label, topicLanguage));
}

/** True when at least one content word of the label occurs in the keywords or documents. */
export function sharesContent(
  label: string,
  topic: { language: string; keywords: readonly string[]; documents: readonly string[] },
): boolean {
  const words = contentWords(label, topic.language);
  const haystack = [...topic.keywords, ...topic.documents].join("\n").normalize("NFKC").toLowerCase();
  return words.some((word) => occurs(word.normalize("NFKC"), haystack));
}
