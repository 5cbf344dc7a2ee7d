// Text normalised for matching a statement against its article, with a map back to the original offsets: NFKC
// width folding (full-width Latin and digits), one straight quote for every curly, angle or CJK quote, one hyphen for
// every dash, one space for every whitespace run, lower case.

const DOUBLE_QUOTES = /["“”„‟«»「」『』〝〞＂]/u;
const SINGLE_QUOTES = /['‘’‚‛‹›＇]/u;
const DASHES = /[‐‑‒–—―－]/u;

export interface NormalizedText {
  text: string;
  /** offsets[i] = index in the original text of the character that produced normalised character i. */
  offsets: number[];
}

function normalizedCharacter(character: string): string {
  if (DOUBLE_QUOTES.test(character)) return '"';
  if (SINGLE_QUOTES.test(character)) return "'";
  if (DASHES.test(character)) return "-";
  return character.normalize("NFKC").toLowerCase();
}

export function normalizedWithOffsets(text: string): NormalizedText {
  let normalized = "";
  const offsets: number[] = [];
  let pendingSpace = false;
  let index = 0;
  for (const character of text) {
    if (/\s/u.test(character)) {
      pendingSpace = normalized.length > 0;
    } else {
      if (pendingSpace) {
        normalized += " ";
        offsets.push(index);
        pendingSpace = false;
      }
      const mapped = normalizedCharacter(character);
      normalized += mapped;
      for (let unit = 0; unit < mapped.length; unit += 1) offsets.push(index);
    }
    index += character.length;
  }
  return { text: normalized, offsets };
}
