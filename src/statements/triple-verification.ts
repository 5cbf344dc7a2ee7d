// LLM verification of a <Q, S, RS> triple after the lexical first filter (issue 13 item 2), through the structured
// path: RS contradicts S (the calibrated pair judge, task "contradiction": same-stance → reverse-not-contradicting,
// unrelated → reverse-off-topic); S answers Q (statement-not-answering); Q does not state or presuppose either
// answer (question-gives-answer); Q, S and RS are in the statement's language (wrong-language). A malformed answer
// flags the triple as verification-failed — a triple is never kept unverified. The answers are returned for storage.
import { z } from "zod";
import { llmPairJudge } from "../judges/index.js";
import { loadPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { structuredCompletion, type StructuredOptions } from "../llm/structured-completion.js";
import type { ChatModel } from "../models/chat/chat-model.js";
import { languageName } from "./languages.js";
import type { TripleText } from "./triple-checks.js";

export const verificationSettings = z.object({
  /** Versions of judges/contradiction (RS vs S) and statements/triple-question-check (Q vs S and RS). */
  prompts: z.object({ contradiction: z.string().regex(/^v\d+$/), question: z.string().regex(/^v\d+$/) }),
});
export type VerificationSettings = z.infer<typeof verificationSettings>;

export const questionCheckAnswer = z.object({
  statementAnswers: z.boolean(),
  questionGivesAnswer: z.boolean(),
  allInLanguage: z.boolean(),
});

export interface TripleVerification {
  checks: string[];
  /** The verifier's answers: the pair judge's relation and the question check (null when malformed). */
  answers: { relation: string; question: z.infer<typeof questionCheckAnswer> | null };
}

const questionPrompt = (settings: VerificationSettings) =>
  loadPrompt("statements", "triple-question-check", settings.prompts.question);

/** `<contradiction prompt>+<question-check prompt>`, recorded on triples and Runs. */
export const verifierPromptVersion = (settings: VerificationSettings): string =>
  `judges/contradiction.${settings.prompts.contradiction}+${promptVersionOf(questionPrompt(settings))}`;

export async function verifyTriple(
  judge: ChatModel,
  triple: TripleText,
  settings: VerificationSettings,
  call: StructuredOptions,
): Promise<TripleVerification> {
  const pairJudge = llmPairJudge(judge, "contradiction", { prompt: settings.prompts.contradiction, ...call });
  const relation = await pairJudge.judge({
    first: triple.statement,
    second: triple.reverseStatement,
    language: triple.language,
  });
  const variables = {
    language: languageName(triple.language),
    question: triple.question,
    statement: triple.statement,
    reverse: triple.reverseStatement,
  };
  const question = await structuredCompletion(judge, questionPrompt(settings), variables, questionCheckAnswer, call);
  const checks: string[] = [];
  if (relation.verdict === "same-stance") checks.push("reverse-not-contradicting");
  else if (relation.verdict === "unrelated") checks.push("reverse-off-topic");
  if (question.ok) {
    if (!question.value.statementAnswers) checks.push("statement-not-answering");
    if (question.value.questionGivesAnswer) checks.push("question-gives-answer");
    if (!question.value.allInLanguage) checks.push("wrong-language");
  }
  if (!relation.ok || !question.ok) checks.push("verification-failed");
  return { checks, answers: { relation: relation.verdict, question: question.ok ? question.value : null } };
}
