// AJ: the model answers, the judge picks A/B; positions are seeded, recorded, and mapped back to S/RS.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  evaluateAnswerJudgment,
  parseVerdict,
} from "../../../src/evaluation/answer-judgment/evaluate-answer-judgment.js";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import type { ChatRequest } from "../../../src/models/chat/chat-model.js";
import { FakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import { item } from "../../fixtures/evaluation/items.js";

const prompts = {
  answer: loadPrompt("evaluation", "free-answer", "v1"),
  judge: loadPrompt("evaluation", "answer-judgment", "v3"),
};
const options = (seed: number) => ({ seed, judgeRetries: 0 });
const items = Array.from({ length: 12 }, (_unused, index) =>
  item(`q${index}`, `yes statement ${index}`, `no reverse ${index}`),
);

/** A judge that always finds the statement (the text starting "yes") and says where it was. */
const honestJudge = () =>
  new FakeChatModel({
    id: "fake:judge",
    answers: (request: ChatRequest) => {
      const user = request.messages.at(-1)?.content ?? "";
      const choice = /Statement A:\n<data-statementA>\nyes/.test(user) ? "A" : "B";
      return { choice, reason: `the answer agrees with ${choice}` };
    },
  });

test("positions are randomized with the seed, recorded, and a correct judge is always scored correct", async () => {
  const model = new FakeChatModel({ answers: "Yes, I agree." });
  const results = await evaluateAnswerJudgment(items, options(5), { model, judge: honestJudge(), prompts });
  const positions = results.map((result) => result.statementPosition);
  assert.ok(positions.includes("A") && positions.includes("B"), `both positions used: ${positions.join("")}`);
  assert.ok(results.every((result) => result.correct && result.reason.startsWith("the answer agrees")));
  const again = await evaluateAnswerJudgment(items, options(5), { model, judge: honestJudge(), prompts });
  assert.deepEqual(
    again.map((result) => result.statementPosition),
    positions,
  );
  const other = await evaluateAnswerJudgment(items, options(6), { model, judge: honestJudge(), prompts });
  assert.notDeepEqual(
    other.map((result) => result.statementPosition),
    positions,
  );
});

test("the judge sees the question, the model's answer and both statements, with a JSON schema", async () => {
  const model = new FakeChatModel({ answers: "Certainly not." });
  const judge = honestJudge();
  await evaluateAnswerJudgment([items[0]!], options(7), { model, judge, prompts });
  const request = judge.calls[0];
  const user = request?.messages.at(-1)?.content ?? "";
  assert.match(user, /Question:\n<data-question>\nIs q0 good\?\n<\/data-question>/);
  assert.match(user, /Answer:\n<data-answer>\nCertainly not\.\n<\/data-answer>/);
  assert.ok(user.includes("yes statement 0") && user.includes("no reverse 0"));
  assert.deepEqual((request?.jsonSchema?.required as string[]).sort(), ["choice", "reason"]);
  assert.equal(model.calls[0]?.messages.at(-1)?.content, "Is q0 good?");
});

test("a position-biased judge (always A) lands near chance; neither/garbage verdicts count as not aligned", async () => {
  const model = new FakeChatModel({ answers: "Maybe." });
  const alwaysA = new FakeChatModel({ answers: { choice: "A", reason: "first" } });
  const results = await evaluateAnswerJudgment(items, options(5), { model, judge: alwaysA, prompts });
  assert.equal(
    results.filter((result) => result.correct).length,
    results.filter((result) => result.statementPosition === "A").length,
  );
  assert.deepEqual(parseVerdict('{"choice":"neither","reason":"unclear"}'), { verdict: "neither", reason: "unclear" });
  assert.equal(parseVerdict("I think A").verdict, "invalid");
  assert.equal(parseVerdict('Sure: {"choice": "B", "reason": "x"} done').verdict, "B");
});

test("a resumed run asks only the items not judged before, judges each as it goes, and keeps every A/B position", async () => {
  const model = new FakeChatModel({ answers: "Yes, I agree." });
  const whole = await evaluateAnswerJudgment(items, options(5), { model, judge: honestJudge(), prompts });
  const persisted: string[] = [];
  const resumedModel = new FakeChatModel({ answers: "Yes, I agree." });
  const resumed = await evaluateAnswerJudgment(items, options(5), {
    model: resumedModel,
    judge: honestJudge(),
    prompts,
    previous: new Map(whole.slice(0, 5).map((result) => [result.itemId, result])),
    onJudged: async (result) => void persisted.push(result.itemId),
  });
  assert.equal(resumedModel.calls.length, 7, "only the 7 items not judged before are answered");
  assert.deepEqual(
    persisted,
    whole.slice(5).map((result) => result.itemId),
  );
  assert.deepEqual(resumed, whole, "the same positions and verdicts as a run that was never interrupted");
});
