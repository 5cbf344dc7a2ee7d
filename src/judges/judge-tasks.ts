// The pair-judging tasks a judge model is calibrated on and used for (issue 13 item 3): "contradiction" (does B
// take the opposite position to A? — the triple verifier's RS check) and "agreement" (do A and B take the same
// stance on the same claim? — conflict reduction's stance comparison, issue 14). Each task has its prompt file
// (src/prompts/judges/<task>.v<N>.json), its answer schema and the verdict a labelled pair must get.
import { z } from "zod";

export const JUDGE_TASKS = ["contradiction", "agreement"] as const;
export type JudgeTask = (typeof JUDGE_TASKS)[number];

/** How the second statement of a labelled pair relates to the first (ProbVAA's variants of a statement). */
export const PAIR_VARIANTS = ["paraphrase", "negation", "opposite"] as const;
export type PairVariant = (typeof PAIR_VARIANTS)[number];

export const CONTRADICTION_VERDICTS = ["contradicts", "same-stance", "unrelated"] as const;
export const AGREEMENT_VERDICTS = ["agree", "disagree", "different-claim"] as const;
export type ContradictionVerdict = (typeof CONTRADICTION_VERDICTS)[number];
export type AgreementVerdict = (typeof AGREEMENT_VERDICTS)[number];
export type JudgeVerdict = ContradictionVerdict | AgreementVerdict;

export const judgeAnswerSchemas = {
  contradiction: z.object({ relation: z.enum(CONTRADICTION_VERDICTS) }),
  agreement: z.object({ stance: z.enum(AGREEMENT_VERDICTS) }),
} as const;

/** The verdict inside a valid answer of the task's schema. */
export const verdictOf = (task: JudgeTask, answer: unknown): JudgeVerdict =>
  task === "contradiction"
    ? judgeAnswerSchemas.contradiction.parse(answer).relation
    : judgeAnswerSchemas.agreement.parse(answer).stance;

/** The verdict a perfect judge gives a pair of this variant. */
export function expectedVerdict(task: JudgeTask, variant: PairVariant): JudgeVerdict {
  if (task === "contradiction") return variant === "paraphrase" ? "same-stance" : "contradicts";
  return variant === "paraphrase" ? "agree" : "disagree";
}

/**
 * Whether a verdict is right for the variant: for "contradiction" a paraphrase must not be judged "contradicts"
 * (same-stance or unrelated both pass) and a negation or opposite must; for "agreement" the verdict must be exact.
 */
export function isCorrect(task: JudgeTask, variant: PairVariant, verdict: JudgeVerdict | "failed"): boolean {
  if (task === "contradiction") return (verdict === "contradicts") === (variant !== "paraphrase");
  return verdict === expectedVerdict(task, variant);
}
