// Locates an extracted statement in its article: the exact offsets when the model copied the text, else the
// best-matching sentence by character-bigram Dice similarity (recorded with exact = false).

export interface SourceSpan {
  start: number;
  end: number;
  exact: boolean;
  /** Dice similarity of the statement with the chosen span (1 when exact). */
  similarity: number;
}

/** Character bigrams of a text folded to lower case without spaces and punctuation (works for CJK and Latin). */
function bigrams(text: string): Map<string, number> {
  const folded = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
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

/** Sentence spans [start, end) of a text: split after . ! ? 。！？; and at line breaks. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const pattern = /[^.!?。！？；;\n]+[.!?。！？；;]*[”"’']?/gu;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = (match.index ?? 0) + leading;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}

export function locateSpan(article: string, statement: string): SourceSpan {
  const needle = statement
    .trim()
    .replace(/^["“'‘「]+|["”'’」]+$/gu, "")
    .trim();
  if (needle.length > 0) {
    const exact = article.indexOf(needle);
    if (exact >= 0) return { start: exact, end: exact + needle.length, exact: true, similarity: 1 };
    const folded = article.toLowerCase().indexOf(needle.toLowerCase());
    if (folded >= 0 && article.length === article.toLowerCase().length) {
      return { start: folded, end: folded + needle.length, exact: true, similarity: 1 };
    }
  }
  let best: SourceSpan = { start: 0, end: 0, exact: false, similarity: 0 };
  const sentences = sentenceSpans(article);
  for (let index = 0; index < sentences.length; index += 1) {
    // A statement may straddle two sentences: try each sentence alone and joined with the next one.
    for (const width of [1, 2]) {
      const first = sentences[index];
      const last = sentences[index + width - 1];
      if (first === undefined || last === undefined) continue;
      const similarity = diceSimilarity(needle, article.slice(first.start, last.end));
      if (similarity > best.similarity + 1e-9) best = { start: first.start, end: last.end, exact: false, similarity };
    }
  }
  return best;
}
