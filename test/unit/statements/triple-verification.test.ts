// The LLM verifier's answers become flags: the pair judge's relation (same-stance, unrelated) and the question check
// (statement not answering, question giving the answer, another language); a malformed answer flags the triple as
// verification-failed instead of letting it pass unverified. A Q copied from its prompt's own example (the local model's
// answer on a real MFA statement) is flagged by the lexical filter before any verifier call.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import { generateTriple } from "../../../src/statements/triple-generation.js";
import { verifyTriple } from "../../../src/statements/triple-verification.js";

const triple = {
  question: "Should the state raise taxes on high incomes?",
  statement: "The state should raise taxes on high incomes.",
  reverseStatement: "Taxes on high incomes should not be raised.",
  language: "en",
};
const settings = { prompts: { contradiction: "v1", question: "v1" } };
const fine = { statementAnswers: true, questionGivesAnswer: false, allInLanguage: true };

const verify = (relation: unknown, question: unknown) =>
  verifyTriple(fakeChatModel({ queue: [relation, question] }), triple, settings, { retries: 0 });

test("a contradicting RS and a neutral, answered question in the right language pass", async () => {
  const verified = await verify({ relation: "contradicts" }, fine);
  assert.deepEqual(verified, { checks: [], answers: { relation: "contradicts", question: fine } });
});

test("each failed check flags the triple with its reason", async () => {
  assert.deepEqual((await verify({ relation: "same-stance" }, fine)).checks, ["reverse-not-contradicting"]);
  assert.deepEqual((await verify({ relation: "unrelated" }, fine)).checks, ["reverse-off-topic"]);
  assert.deepEqual(
    (
      await verify(
        { relation: "contradicts" },
        { statementAnswers: false, questionGivesAnswer: true, allInLanguage: false },
      )
    ).checks,
    ["statement-not-answering", "question-gives-answer", "wrong-language"],
  );
});

test("malformed verifier answers flag the triple as verification-failed", async () => {
  const verified = await verify("no idea", "still no idea");
  assert.deepEqual(verified.checks, ["verification-failed"]);
  assert.deepEqual(verified.answers, { relation: "failed", question: null });
});

test("a question copied from the prompt's own example is flagged by the lexical filter, the verifier is not asked", async () => {
  const statement = "人工智能发展治理攸关全人类命运，需要的是群策群力、协调应对，而不是脱钩断链、围栏筑墙。";
  const chat = fakeChatModel({
    queue: [
      { question: "Should the country accept child poverty as normal?" },
      { reverseStatement: "人工智能发展治理与全人类命运无关，各国应当各自为政、脱钩断链。" },
    ],
  });
  const verifier = fakeChatModel("the verifier must not be asked");
  const prompts = {
    question: loadPrompt("statements", "question-generation", "v1"),
    reverse: loadPrompt("statements", "reverse-statement", "v1"),
  };
  const generated = await generateTriple(
    { chat, verifier, prompts, verification: settings, call: { retries: 0 } },
    { statement, language: "zh", languageName: "Chinese" },
  );
  assert.equal(generated.status, "flagged");
  assert.ok((generated.properties.checks as string[]).includes("question-from-prompt-example"));
  assert.equal(verifier.calls.length, 0);
});
