// The two judgments conflict reduction needs about statements (issue 14 item 2), each behind a small interface with a
// label-reading oracle (planted benchmarks, tests) and an LLM backend through the structured path:
// - same value: are two statements about the same value claim, whether or not they agree? (groups claims)
// - agreement: do two statements take the same stance on the same claim (agree), opposite stances (disagree), or are
//   they about different claims? A member's stance toward its claim's canonical claim is its agreement with it.
// The agreement verdicts are those of the pair judge `navab eval judge --task agreement` calibrates.

/** What a judge sees of a statement (the id lets the oracle read its planted label). */
export interface JudgedStatement {
  id: string;
  text: string;
  language: string;
}

export const AGREEMENT_VERDICTS = ["agree", "disagree", "different-claim"] as const;
export type AgreementVerdict = (typeof AGREEMENT_VERDICTS)[number];

export type AgreementJudgment = { ok: true; verdict: AgreementVerdict; reason: string } | { ok: false; error: string };

export interface AgreementJudge {
  /** The judging model's id (`oracle:labels` for the oracle). */
  readonly modelId: string;
  /** `<prompt id>.<version>`, or "labels". */
  readonly promptVersion: string;
  agreement(first: JudgedStatement, second: JudgedStatement): Promise<AgreementJudgment>;
}

export interface SameValueJudge {
  readonly modelId: string;
  readonly promptVersion: string;
  sameValue(first: JudgedStatement, second: JudgedStatement): Promise<{ same: boolean; reason: string }>;
}

/** The judges of one conflict graph build (either may be absent: then that judgment is not made). */
export interface ConflictJudges {
  agreement?: AgreementJudge;
  sameValue?: SameValueJudge;
}
