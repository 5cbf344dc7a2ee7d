// Automatic checks on a <Q, S, RS> triple (flags, never silent drops): empty question, RS equal or near-equal
// to S, RS not opposing S (heuristic: same words and no change in negation), wrong language of Q or RS.
import { detectLanguage } from "../ingest/language.js";
import { diceSimilarity } from "./span.js";

export interface TripleText {
  question: string;
  statement: string;
  reverseStatement: string;
  /** Expected language code of Q and RS (the statement's). */
  language: string;
}

const NEGATIONS =
  /\b(not|no|never|nor|cannot|can't|don't|doesn't|isn't|aren't|won't|oppose[sd]?|reject[sd]?|ne|pas|non|jamais|nicht|kein\w*|nie|gegen)\b|不|没|沒|非|无|無|未|反对|反對|否/giu;

const negationCount = (text: string): number => text.match(NEGATIONS)?.length ?? 0;

export function checkTriple(triple: TripleText): string[] {
  const checks: string[] = [];
  const question = triple.question.trim();
  if (question.replace(/[\p{P}\s]/gu, "").length < 3) checks.push("empty-question");
  const similarity = diceSimilarity(triple.statement, triple.reverseStatement);
  const sameNegation = negationCount(triple.statement) % 2 === negationCount(triple.reverseStatement) % 2;
  if (triple.statement.trim() === triple.reverseStatement.trim()) checks.push("reverse-equals-statement");
  else if (similarity >= 0.9 && sameNegation) checks.push("reverse-near-equal");
  else if (similarity >= 0.6 && sameNegation) checks.push("reverse-not-opposing");
  for (const [field, text] of [["question", triple.question], ["reverse", triple.reverseStatement]] as const) {
    const detected = detectLanguage(text);
    if (triple.language !== "und" && detected !== "und" && detected !== triple.language && !(text.length < 40 && triple.language !== "zh" && detected !== "zh")) {
      checks.push(`wrong-language-${field}:${detected}`);
    }
  }
  return checks;
}
