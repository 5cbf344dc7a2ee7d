// The LLM verifier's answers become flags: the pair judge's relation (same-stance, unrelated) and the question check
// (statement not answering, question giving the answer, another language); a malformed answer flags the triple as
// verification-failed instead of letting it pass unverified.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
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
