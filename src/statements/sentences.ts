// Sentence spans of a news text, for locating statements and for numbering an article's sentences. A sentence ends
// at a line break, after a CJK terminator (。！？；…), or after . ! ? followed by a space or the end — not after a
// known abbreviation (Mr., Dr., U.S.), an initial (J. Smith) or inside a number (3.5) — and takes its closing
// quotes and brackets with it.

export interface TextSpan {
  start: number;
  end: number;
}

const CJK_TERMINATORS = new Set(["。", "！", "？", "；", "…", "．"]);
const LATIN_TERMINATORS = new Set([".", "!", "?"]);
const CLOSERS = new Set(['"', "'", "”", "’", "」", "』", "）", ")", "]", "»", "›", "〕", "】"]);
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st sr jr gen sen rep gov lt col capt sgt mt no nos vs etc e.g i.e u.s u.k u.n e.u a.m p.m " +
    "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est approx fig m mme mlle cf bzw usw z.b " +
    "d.h ca nr str dr.-ing hrsg vgl"
  ).split(" "),
);

/** The word just before position `dot` (letters and inner dots), lower case. */
function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[\p{L}.-]/u.test(text[start - 1] as string)) start -= 1;
  return text.slice(start, dot).toLowerCase();
}

/** Whether the Latin terminator at `index` ends a sentence. */
function endsSentence(text: string, index: number): boolean {
  const character = text[index] as string;
  let next = index + 1;
  while (next < text.length && CLOSERS.has(text[next] as string)) next += 1;
  if (next < text.length && !/\s/u.test(text[next] as string)) return false;
  if (character === ".") {
    const word = wordBefore(text, index);
    if (ABBREVIATIONS.has(word)) return false;
    if (/^\p{Lu}$/u.test(text.slice(index - 1, index)) && word.length === 1) return false;
  }
  // A lower-case continuation is rarely a new sentence ("approx. five", "“Why?” she asked").
  let after = next;
  while (after < text.length && /[ \t]/u.test(text[after] as string)) after += 1;
  return !(after < text.length && /\p{Ll}/u.test(text[after] as string));
}

/** Sentence spans [start, end) of a text, trimmed, in order, never empty. */
export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  const close = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && /\s/u.test(text[from] as string)) from += 1;
    while (to > from && /\s/u.test(text[to - 1] as string)) to -= 1;
    if (to > from && /[\p{L}\p{N}]/u.test(text.slice(from, to))) spans.push({ start: from, end: to });
    start = end;
  };
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (character === "\n") {
      close(index);
      continue;
    }
    const cjk = CJK_TERMINATORS.has(character);
    if (!cjk && !(LATIN_TERMINATORS.has(character) && endsSentence(text, index))) continue;
    let end = index + 1;
    while (
      end < text.length &&
      (CJK_TERMINATORS.has(text[end] as string) || LATIN_TERMINATORS.has(text[end] as string))
    )
      end += 1;
    while (end < text.length && CLOSERS.has(text[end] as string)) end += 1;
    close(end);
    index = end - 1;
  }
  close(text.length);
  return spans;
}
