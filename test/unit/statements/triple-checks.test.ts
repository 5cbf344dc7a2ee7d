// Triple checks flag bad triples: empty Q, Q containing S or RS, RS equal/near-equal to S, RS not opposing S, wrong
// language.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTriple, promptExampleChecks } from "../../../src/statements/triple-checks.js";

const good = {
  question: "Should countries interfere in the internal affairs of other nations?",
  statement: "China firmly opposes any interference in its internal affairs.",
  reverseStatement: "Foreign involvement in a country's domestic matters can be welcome and useful.",
  language: "en",
};

test("a good triple passes every check", () => {
  assert.deepEqual(checkTriple(good), []);
});

test("each kind of bad triple is flagged", () => {
  assert.deepEqual(checkTriple({ ...good, question: " ? " }), ["empty-question"]);
  assert.deepEqual(
    checkTriple({ ...good, question: `Why is it true that “${good.statement.toLowerCase()}”?` }),
    ["question-gives-answer"],
    "a question containing S gives the answer away",
  );
  assert.deepEqual(checkTriple({ ...good, question: `Do you agree: ${good.reverseStatement}` }), [
    "question-gives-answer",
  ]);
  assert.deepEqual(checkTriple({ ...good, reverseStatement: good.statement }), ["reverse-equals-statement"]);
  assert.ok(
    checkTriple({
      ...good,
      reverseStatement: "China firmly opposes any interference in its internal affairs!",
    }).includes("reverse-near-equal"),
  );
  assert.ok(
    checkTriple({
      ...good,
      reverseStatement: "China firmly opposes all interference in internal affairs of China.",
    }).includes("reverse-not-opposing"),
  );
  const chinese = checkTriple({ ...good, reverseStatement: "外国干涉他国内政有时是有益的，应当受到欢迎。" });
  assert.ok(
    chinese.some((check) => check.startsWith("wrong-language-reverse")),
    chinese.join(),
  );
});

test("a negated reverse statement is accepted as opposing (the paper's RS often negate S)", () => {
  const triple = {
    question: "中央和特區政府是否正在尋找減少福利的方法？",
    statement: "中央和特區政府正在尋找減少福利的方法。",
    reverseStatement: "中央和特區政府並沒有尋找減少福利的方法。",
    language: "zh",
  };
  assert.deepEqual(checkTriple(triple), []);
});

test("Q or RS copied from the prompt's example is flagged; a short or own question is not", () => {
  const examples = {
    question: ['{"question":"Should the country accept child poverty as normal?"}'],
    reverse: ['{"reverseStatement":"The country can accept some child poverty as a normal part of life."}'],
  };
  const own = { question: "Should AI be governed together?", reverseStatement: "AI needs no common rules." };
  assert.deepEqual(promptExampleChecks(own, examples), []);
  assert.deepEqual(promptExampleChecks({ question: "Should the?", reverseStatement: "country" }, examples), []);
  assert.deepEqual(
    promptExampleChecks(
      {
        question: "Should the country accept child poverty as normal",
        reverseStatement: "the country can accept some CHILD POVERTY as a normal part of life",
      },
      examples,
    ),
    ["question-from-prompt-example", "reverse-from-prompt-example"],
  );
});
