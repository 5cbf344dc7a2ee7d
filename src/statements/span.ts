// Locates an extracted statement in its article: the exact offsets when the model copied the text (also after
// normalising quotes, dashes, whitespace, width and case), else the best fuzzy match inside a window of 1 to
// `maximumSentences` consecutive sentences — the window's tokens that follow the statement in order (a longest
// common subsequence), or the whole window — scored by character-bigram Dice similarity with the statement.
import { normalizedWithOffsets } from "./match-text.js";
import { sentenceSpans, type TextSpan } from "./sentences.js";

export { sentenceSpans, type TextSpan } from "./sentences.js";

export interface SourceSpan {
  start: number;
  end: number;
  /** The text is in the article verbatim, or after normalising quotes, whitespace, width and case. */
  exact: boolean;
  /** Dice similarity of the statement with the chosen span (1 when exact). */
  similarity: number;
}

/** Character bigrams of a text folded to lower case without spaces and punctuation (works for CJK and Latin). */
function bigrams(text: string): Map<string, number> {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
  const counts = new Map<string, number>();
  for (let position = 0; position < folded.length - 1; position += 1) {
    const pair = folded.slice(position, position + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character bigrams, in [0, 1]. */
export function diceSimilarity(left: string, right: string): number {
  const a = bigrams(left);
  const b = bigrams(right);
  let total = 0;
  let shared = 0;
  for (const count of a.values()) total += count;
  for (const [pair, count] of b) {
    total += count;
    shared += Math.min(count, a.get(pair) ?? 0);
  }
  return total === 0 ? (left.trim() === right.trim() ? 1 : 0) : (2 * shared) / total;
}

interface Token extends TextSpan {
  value: string;
}

/** Tokens with offsets: each Han/Kana/Hangul character alone, other letter/number runs whole (lower case). */
function tokensOf(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu,
  )) {
    const start = offset + (match.index ?? 0);
    tokens.push({ value: match[0].normalize("NFKC").toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}

/** The window tokens matched by a longest common subsequence with the statement's tokens: their first..last span. */
function subsequenceSpan(statement: string[], window: Token[]): TextSpan | undefined {
  const columns = window.length;
  // lengths[i][j] = LCS of statement[i..] and window[j..], rolled over rows to keep memory at 2 × columns.
  const table: Int32Array[] = Array.from({ length: statement.length + 1 }, () => new Int32Array(columns + 1));
  for (let i = statement.length - 1; i >= 0; i -= 1) {
    const row = table[i] as Int32Array;
    const below = table[i + 1] as Int32Array;
    for (let j = columns - 1; j >= 0; j -= 1)
      row[j] =
        statement[i] === (window[j] as Token).value
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
  }
  let first = -1;
  let last = -1;
  for (let i = 0, j = 0; i < statement.length && j < columns;) {
    if (statement[i] === (window[j] as Token).value) {
      if (first < 0) first = j;
      last = j;
      i += 1;
      j += 1;
    } else if (((table[i + 1] as Int32Array)[j] as number) >= ((table[i] as Int32Array)[j + 1] as number)) i += 1;
    else j += 1;
  }
  return first < 0 ? undefined : { start: (window[first] as Token).start, end: (window[last] as Token).end };
}

function exactMatch(article: string, statement: string): SourceSpan | undefined {
  const needle = statement
    .trim()
    .replace(/^["“'‘「『«]+|["”'’」』»]+$/gu, "")
    .trim();
  if (needle.length === 0) return undefined;
  const direct = article.indexOf(needle);
  if (direct >= 0) return { start: direct, end: direct + needle.length, exact: true, similarity: 1 };
  const haystack = normalizedWithOffsets(article);
  for (const candidate of [needle, needle.replace(/[.。!?！？;；,，]+$/u, "")]) {
    const normalized = normalizedWithOffsets(candidate).text;
    if (normalized.length === 0) continue;
    const at = haystack.text.indexOf(normalized);
    if (at < 0) continue;
    const start = haystack.offsets[at] as number;
    const last = haystack.offsets[at + normalized.length - 1] as number;
    const end = last + ((article.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
    return { start, end, exact: true, similarity: 1 };
  }
  return undefined;
}

export function locateSpan(article: string, statement: string, maximumSentences = 3): SourceSpan {
  const exact = exactMatch(article, statement);
  if (exact) return exact;
  let best: SourceSpan = { start: 0, end: 0, exact: false, similarity: 0 };
  const consider = (span: TextSpan) => {
    const similarity = diceSimilarity(statement, article.slice(span.start, span.end));
    if (similarity > best.similarity + 1e-9) best = { ...span, exact: false, similarity };
  };
  const wanted = tokensOf(statement).map((token) => token.value);
  const sentences = sentenceSpans(article);
  for (let index = 0; index < sentences.length; index += 1) {
    for (let width = 1; width <= maximumSentences; width += 1) {
      const first = sentences[index];
      const last = sentences[index + width - 1];
      if (first === undefined || last === undefined) continue;
      const window = { start: first.start, end: last.end };
      consider(window);
      const inner = subsequenceSpan(wanted, tokensOf(article.slice(window.start, window.end), window.start));
      if (inner) consider(inner);
    }
  }
  return best;
}
