// Verified triples (issue 13 items 2 and 3) against the scripted OpenAI-compatible session.server, which generates Q and RS
// and plays the judge: a same-stance RS and an RS about another topic pass the lexical filter and are flagged by the
// verifier with the matching reason; a Q that contains S is flagged by the lexical filter; the verifier's answers,
// prompt version and model id are stored; exports leave flagged triples out unless asked. Judge calibration on real
// ProbVAA pairs: the label-reading oracle scores 1.0, a judge that always answers "contradicts" scores 2/3 on a
// balanced sample, a perfect scripted judge (answering each shown pair from its label) scores 1.0, and the triple stage's Run records the latest calibration of its verifier (or "uncalibrated").
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { calibrateJudge, readProbvaaLabelledPairs } from "../../../src/judges/index.js";
import { memoryCache } from "../../../src/llm/cache.js";
import type { StageDependencies } from "../../../src/kernel/index.js";
import { OpenAiChatModel } from "../../../src/models/chat/openai-chat-model.js";
import * as statements from "../../../src/statements/index.js";
import { checkTriple } from "../../../src/statements/triple-checks.js";
import { uniqueRunId } from "../../support/database.js";
import { readRun } from "../../support/run-records.js";
import type { RecordedRequest } from "../../support/scripted-openai-server.js";
import { statementAnswers } from "./scripted-answers.js";
import { statementSession } from "./statement-session.js";

const testId = uniqueRunId("verify");
const tag = testId.slice(-8);
const nation = `${testId}-N`;
const SENTENCES = {
  good: `中国坚决支持多边主义${tag}。`,
  sameStance: `中方坚决支持自由贸易${tag}。`,
  offTopic: `中方坚决反对单边制裁${tag}。`,
  echo: `中方坚决支持南南合作${tag}。`,
};
/** What the scripted model generates: an opposing RS for most, a same-stance RS, an off-topic RS, an echoing Q. */
const REVERSE: Record<string, string> = {
  [SENTENCES.good]: "多边主义已经过时，各国应当各自为政。",
  [SENTENCES.sameStance]: "北京始终拥护开放的全球市场与商品自由流通。",
  [SENTENCES.offTopic]: "明天北京将有大雨，气温明显下降。",
  [SENTENCES.echo]: "南南合作没有意义，应当放弃。",
};
const ARTICLES = Object.entries(SENTENCES).map(([name, sentence]) => ({
  id: `${testId}-${name}`,
  kind: "article",
  title: name,
  text: `社论指出。${sentence}`,
}));
const articleIds = ARTICLES.map((article) => article.id);
const session = statementSession({ testId, nation, speakerName: "x", articles: ARTICLES, handler: answers });

const dataBlock = (user: string, name: string): string =>
  user.match(new RegExp(`<data-${name}>\\n([\\s\\S]*?)\\n</data-${name}>`))?.[1] ?? "";

function answers(request: RecordedRequest) {
  const messages = (request.body.messages ?? []) as { role: string; content: string }[];
  const system = messages[0]?.content ?? "";
  const user = messages.at(-1)?.content ?? "";
  const reply = (value: unknown) => ({ content: JSON.stringify(value) });
  if (system.startsWith("You write evaluation questions")) {
    const statement = dataBlock(user, "statement");
    return reply({
      question: statement === SENTENCES.echo ? `为什么说“${statement}”？` : "中方在这个问题上的立场是什么？",
    });
  }
  if (system.startsWith("You write the reverse"))
    return reply({ reverseStatement: REVERSE[dataBlock(user, "statement")] });
  if (system.startsWith("You compare two statements")) {
    // The scripted judge: it recognises the same-stance and the off-topic reverse statements it wrote.
    const second = dataBlock(user, "second");
    if (second === REVERSE[SENTENCES.sameStance]) return reply({ relation: "same-stance" });
    if (second === REVERSE[SENTENCES.offTopic]) return reply({ relation: "unrelated" });
    return reply({ relation: "contradicts" });
  }
  // A lenient question checker: it would let the echoing question through.
  if (system.startsWith("You check items"))
    return reply({ statementAnswers: true, questionGivesAnswer: false, allInLanguage: true });
  return statementAnswers(request);
}

const chat = () => new OpenAiChatModel({ baseUrl: session.server.baseUrl, model: `scripted-${tag}` });
const dependencies = (): StageDependencies => ({
  executor: session.executor,
  models: { chat: chat() },
  llm: { cache: memoryCache(), retry: { retries: 0, baseDelayMs: 1, sleep: async () => {} } },
});

interface TripleRow {
  articleId: string;
  question: string;
  statement: string;
  reverseStatement: string;
  language: string;
  status: string;
  checks: string[];
  verification: string | null;
  verifierModelId: string;
  verifierPromptVersion: string;
}
const triples = async () => session.executor.read<TripleRow>("testing/statements/triples", { testId });
const byName = (rows: TripleRow[], name: keyof typeof SENTENCES) =>
  rows.find((row) => row.articleId === `${testId}-${name}`);

test("same-stance and off-topic RS are flagged by the verifier, a Q containing S by the lexical filter", async () => {
  const results = await statements.runStatementPipeline({ articleIds }, { runId: `${testId}-p` }, dependencies());
  assert.deepEqual([results.triples.counts.valid, results.triples.counts.flagged], [1, 3]);
  const rows = await triples();
  assert.deepEqual(byName(rows, "sameStance")?.checks, ["reverse-not-contradicting"]);
  assert.deepEqual(byName(rows, "offTopic")?.checks, ["reverse-off-topic"]);
  assert.deepEqual(byName(rows, "echo")?.checks, ["question-gives-answer"]);
  assert.deepEqual(byName(rows, "good")?.checks, []);
  for (const name of ["sameStance", "offTopic"] as const) {
    const row = byName(rows, name);
    assert.deepEqual(
      checkTriple({
        question: row!.question,
        statement: row!.statement,
        reverseStatement: row!.reverseStatement,
        language: "zh",
      }),
      [],
      `${name}: the lexical checks alone pass it`,
    );
  }
  const echoQuestion = byName(rows, "echo")?.question ?? "";
  assert.ok(
    !session.server.requests.some(
      (request) =>
        JSON.stringify(request.body).includes("You check items") &&
        JSON.stringify(request.body).includes(echoQuestion.slice(0, 8)),
    ),
    "a lexically flagged triple is not sent to the verifier",
  );
  const good = byName(rows, "good")!;
  assert.equal(good.status, "valid");
  assert.deepEqual(JSON.parse(good.verification ?? "null"), {
    relation: "contradicts",
    question: { statementAnswers: true, questionGivesAnswer: false, allInLanguage: true },
  });
  assert.equal(good.verifierModelId, chat().id, "no judge model given: the chat model verifies");
  assert.equal(good.verifierPromptVersion, "judges/contradiction.v1+statements/triple-question-check.v1");
  const run = await readRun(session.executor, `${testId}-p:triples`);
  assert.equal(run.versions.verifierCalibration, "uncalibrated");

  const valid = await session.executor.read<{ statement: string }>("statements/export-triples", {
    statuses: ["valid"],
    runId: null,
    nation,
    conflictRunId: null,
  });
  assert.deepEqual(
    valid.map((row) => row.statement),
    [SENTENCES.good],
  );
  const all = await session.executor.read("statements/export-triples", {
    statuses: ["valid", "flagged"],
    runId: null,
    nation,
    conflictRunId: null,
  });
  assert.equal(all.length, 4, "flagged triples are exported only when asked");
});

test("calibration on real ProbVAA pairs: the oracle and a perfect scripted judge score 1.0, an always-'contradicts' judge 2/3; the triple Run records it", async () => {
  const reference = loadSettings().reference;
  const oracle = await calibrateJudge(
    { task: "contradiction", set: "probvaa", judge: "oracle", referenceFolder: reference },
    { runId: `${testId}-oracle`, settings: { limit: 48 } },
    { executor: session.executor, models: {} },
  );
  assert.equal(oracle.overall.accuracy, 1);
  assert.equal(oracle.pairs, 48);
  assert.equal(Object.keys(oracle.byLanguage).length, 8);
  // A perfect scripted judge, asked through the same prompt file, A/B order and answer schema as a real model,
  // answers each shown pair from its label (either order): it must score 1.0 on every language and variant.
  const relations = new Map<string, string>();
  for (const pair of await readProbvaaLabelledPairs(reference)) {
    const relation = pair.variant === "paraphrase" ? "same-stance" : "contradicts";
    relations.set(`${pair.statement}\n${pair.other}`, relation).set(`${pair.other}\n${pair.statement}`, relation);
  }
  session.server.setHandler((request) => {
    const user = ((request.body.messages ?? []) as { content: string }[]).at(-1)?.content ?? "";
    const relation = relations.get(`${dataBlock(user, "first")}\n${dataBlock(user, "second")}`) ?? "unrelated";
    return { content: JSON.stringify({ relation }) };
  });
  const perfect = await calibrateJudge(
    { task: "contradiction", set: "probvaa", judge: "model", referenceFolder: reference },
    { runId: `${testId}-perfect`, settings: { limit: 48 } },
    { executor: session.executor, models: { judge: chat() }, llm: { cache: memoryCache() } },
  );
  assert.equal(perfect.overall.accuracy, 1, JSON.stringify(perfect.verdicts));
  assert.equal(perfect.pairs, 48);
  assert.ok(Object.values(perfect.byLanguage).every((entry) => entry.accuracy === 1));
  assert.deepEqual(perfect.verdicts, { contradicts: 32, "same-stance": 16 });
  assert.notEqual(perfect.promptVersion, "labels", "the scripted judge went through the model path");

  session.server.setHandler(() => ({ content: JSON.stringify({ relation: "contradicts" }) }));
  const judge = chat();
  const calibration = await calibrateJudge(
    { task: "contradiction", set: "probvaa", judge: "model", referenceFolder: reference },
    { runId: `${testId}-judge`, settings: { limit: 24 } },
    { executor: session.executor, models: { judge }, llm: { cache: memoryCache() } },
  );
  assert.equal(calibration.overall.accuracy, 16 / 24, "8 paraphrases wrong, 16 negations and opposites right");
  assert.deepEqual(
    Object.fromEntries(Object.entries(calibration.byVariant).map(([variant, entry]) => [variant, entry.accuracy])),
    { negation: 1, opposite: 1, paraphrase: 0 },
  );
  session.server.setHandler(answers);
  await statements.buildTriples({ articleIds }, { runId: `${testId}-t2`, force: true }, dependencies());
  const run = await readRun(session.executor, `${testId}-t2`);
  assert.match(run.versions.verifierCalibration ?? "", new RegExp(`^${testId}-judge accuracy=0\\.667 \\[`));
});
