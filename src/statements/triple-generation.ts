// One triple's generation and checks: Q and RS from their prompts, the lexical first filter (triple-checks.ts, which
// also flags Q or RS copied from the prompt's own example), then the LLM verifier on triples the filter passed
// (triple-verification.ts). Returns the triple's properties and status ("valid", "flagged" with its checks, or
// "failed" with the raw answers kept).
import type { PromptFile } from "../llm/prompt-file.js";
import { structuredCompletion, type StructuredOptions } from "../llm/structured-completion.js";
import type { ChatModel } from "../models/chat/chat-model.js";
import { questionAnswer, reverseAnswer } from "./answer-schemas.js";
import { checkTriple, promptExampleChecks } from "./triple-checks.js";
import { verifyTriple, type VerificationSettings } from "./triple-verification.js";

export interface GenerationTools {
  chat: ChatModel;
  verifier: ChatModel;
  prompts: { question: PromptFile; reverse: PromptFile };
  verification: VerificationSettings;
  call: StructuredOptions;
}

export interface GeneratedTriple {
  status: "valid" | "flagged" | "failed";
  properties: Record<string, unknown>;
}

export async function generateTriple(
  tools: GenerationTools,
  statement: { statement: string; language: string; languageName: string },
): Promise<GeneratedTriple> {
  const variables = { language: statement.languageName, statement: statement.statement };
  const question = await structuredCompletion(
    tools.chat,
    tools.prompts.question,
    variables,
    questionAnswer,
    tools.call,
  );
  const reverse = await structuredCompletion(tools.chat, tools.prompts.reverse, variables, reverseAnswer, tools.call);
  if (!question.ok || !reverse.ok) {
    const failures = [question, reverse].filter((answer) => !answer.ok);
    return {
      status: "failed",
      properties: {
        status: "failed",
        question: question.ok ? question.value.question : null,
        reverseStatement: reverse.ok ? reverse.value.reverseStatement : null,
        checks: ["generation-failed"],
        raw: failures.map((answer) => (answer.ok ? "" : answer.raw)).join("\n---\n"),
        error: failures.map((answer) => (answer.ok ? "" : answer.error)).join("; "),
        verification: null,
      },
    };
  }
  const text = {
    question: question.value.question.trim(),
    statement: statement.statement,
    reverseStatement: reverse.value.reverseStatement.trim(),
    language: statement.language,
  };
  const exampleTexts = (prompt: PromptFile) => prompt.examples.flatMap((example) => [example.user, example.assistant]);
  const lexical = [
    ...checkTriple(text),
    ...promptExampleChecks(text, {
      question: exampleTexts(tools.prompts.question),
      reverse: exampleTexts(tools.prompts.reverse),
    }),
  ];
  // The lexical checks are the first filter: the LLM verifies only what they pass.
  const verified =
    lexical.length === 0 ? await verifyTriple(tools.verifier, text, tools.verification, tools.call) : undefined;
  const checks = [...lexical, ...(verified?.checks ?? [])];
  const status = checks.length === 0 ? "valid" : "flagged";
  return {
    status,
    properties: {
      question: text.question,
      reverseStatement: text.reverseStatement,
      checks,
      status,
      raw: null,
      error: null,
      verification: verified === undefined ? null : JSON.stringify(verified.answers),
    },
  };
}
