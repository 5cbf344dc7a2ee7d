// Lexical checks on a <Q, S, RS> triple, the first filter before the LLM verifier (triple-verification.ts); flags,
// never silent drops: empty question, Q containing S or RS (question-gives-answer), RS equal or near-equal to S, RS
// not opposing S (heuristic: similar words with no change in negations or support/oppose vocabulary), wrong
// language of Q or RS, and Q or RS copied from its prompt's own in-context example (promptExampleChecks).
import { detectLanguage } from "../text/language.js";
import { foldedText } from "../text/normalize.js";
import { diceSimilarity } from "./span.js";

export interface TripleText {
  question: string;
  statement: string;
  reverseStatement: string;
  /** Expected language code of Q and RS (the statement's). */
  language: string;
}

const NEGATIONS =
  /\b(not|no|never|nor|cannot|can't|don't|doesn't|isn't|aren't|won't|ne|pas|non|jamais|nicht|kein\w*|nie)\b|不|没|沒|非|无|無|未|別|别|勿/giu;
const POSITIVE =
  /\b(support\w*|welcome\w*|favou?r\w*|soutien\w*|soutient|soutenir|favorable|unterstütz\w*|befürwort\w*)\b|支持|赞成|贊成|擁護|拥护|歡迎|欢迎|肯定|正確|正确/giu;
const NEGATIVE =
  /\b(oppos\w*|reject\w*|den(?:y|ies|ied)|abandon\w*|criticiz\w*|criticis\w*|condemn\w*|s'oppose\w*|rejett\w*|condamn\w*|critiqu\w*|ablehn\w*|lehnt|verurteil\w*|kritisier\w*)\b|反对|反對|批评|批評|抨击|抨擊|谴责|譴責|拒绝|拒絕|錯誤|错误|否定|否认|否認|放弃|放棄/giu;

const count = (pattern: RegExp, text: string): number => text.match(pattern)?.length ?? 0;

/** Tokens for diffing: each Han character alone, Latin words whole (lower case). */
const tokens = (text: string): string[] => text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}']+/gu) ?? [];

/** The tokens of each side that are not in their longest common subsequence (what RS changed in S). */
function changedTokens(left: string[], right: string[]): { left: string; right: string } {
  const table = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
  for (let i = left.length - 1; i >= 0; i -= 1) {
    for (let j = right.length - 1; j >= 0; j -= 1) {
      const row = table[i] as number[];
      row[j] =
        left[i] === right[j]
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const onlyLeft: string[] = [];
  const onlyRight: string[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) [i, j] = [i + 1, j + 1];
    else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number))
      onlyLeft.push(left[i++] as string);
    else onlyRight.push(right[j++] as string);
  }
  onlyLeft.push(...left.slice(i));
  onlyRight.push(...right.slice(j));
  const join = (list: string[]) => list.map((token) => (/\p{Script=Han}/u.test(token) ? token : ` ${token} `)).join("");
  return { left: join(onlyLeft), right: join(onlyRight) };
}

/**
 * RS flips S when what it changed holds a negation or a support/oppose word (or the counts of those differ).
 * A lexical heuristic, not an entailment model: antonyms outside the lexicon (e.g. 羞辱 → 榮譽) still get flagged,
 * which only asks for a human look.
 */
function flipsPolarity(statement: string, reverse: string): boolean {
  const changed = changedTokens(tokens(statement), tokens(reverse));
  const lexicon = [NEGATIONS, POSITIVE, NEGATIVE];
  if (lexicon.some((pattern) => count(pattern, changed.left) + count(pattern, changed.right) > 0)) return true;
  return lexicon.some((pattern) => count(pattern, statement) !== count(pattern, reverse));
}

export function checkTriple(triple: TripleText): string[] {
  const checks: string[] = [];
  const question = triple.question.trim();
  if (question.replace(/[\p{P}\s]/gu, "").length < 3) checks.push("empty-question");
  const foldedQuestion = foldedText(question);
  if ([triple.statement, triple.reverseStatement].some((answer) => foldedQuestion.includes(foldedText(answer))))
    checks.push("question-gives-answer");
  const similarity = diceSimilarity(triple.statement, triple.reverseStatement);
  const sameNegation = !flipsPolarity(triple.statement, triple.reverseStatement);
  if (triple.statement.trim() === triple.reverseStatement.trim()) checks.push("reverse-equals-statement");
  else if (similarity >= 0.9 && sameNegation) checks.push("reverse-near-equal");
  else if (similarity >= 0.6 && sameNegation) checks.push("reverse-not-opposing");
  for (const [field, text] of [
    ["question", triple.question],
    ["reverse", triple.reverseStatement],
  ] as const) {
    const detected = detectLanguage(text);
    if (
      triple.language !== "und" &&
      detected !== "und" &&
      detected !== triple.language &&
      !(text.length < 40 && triple.language !== "zh" && detected !== "zh")
    ) {
      checks.push(`wrong-language-${field}:${detected}`);
    }
  }
  return checks;
}

/** Folded texts shorter than this are too short to call an echo of a prompt example. */
const MINIMUM_ECHO_CHARACTERS = 12;

/**
 * Q or RS that the model copied from its prompt's in-context examples (e.g. "Should the country accept child poverty
 * as normal?" for a statement about AI governance): flagged `<field>-from-prompt-example`, like the grounding gate's
 * prompt-example reason for statements.
 */
export function promptExampleChecks(
  generated: { question: string; reverseStatement: string },
  examples: { question: readonly string[]; reverse: readonly string[] },
): string[] {
  const echoes = (text: string, texts: readonly string[]) => {
    const folded = foldedText(text);
    return folded.length >= MINIMUM_ECHO_CHARACTERS && texts.some((example) => foldedText(example).includes(folded));
  };
  return [
    ...(echoes(generated.question, examples.question) ? ["question-from-prompt-example"] : []),
    ...(echoes(generated.reverseStatement, examples.reverse) ? ["reverse-from-prompt-example"] : []),
  ];
}
