import assert from "node:assert/strict";
import { test } from "node:test";
import { keptStatements } from "../../../src/conflicts/variants.js";
import { buildConflictGraph } from "../../../src/conflicts/graph/build-conflict-graph.js";
import { reduceConflicts } from "../../../src/conflicts/reduction/reduce-conflicts.js";
import { fixtureId, writeFixtureGraph } from "../../support/conflicts/fixture-graph.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import { FakeEmbeddingModel } from "../../../src/models/embedding/fake-embedding-model.js";
import { uniqueRunId } from "../../support/database.js";
import { fixtureSession } from "../../support/fixture-session.js";
import { assertSettingsRecorded, readRun } from "../../support/run-records.js";

const { executor, track } = fixtureSession();

/** Topic vectors: press texts → e1, tariff texts → e2 (the "levy" one only partly), other → e3. */
function topicVector(text: string): Float32Array {
  if (/press/i.test(text)) return new Float32Array([1, 0, 0]);
  if (/levy/i.test(text)) return new Float32Array([0.7, 0.7, 0.1]);
  if (/tariff/i.test(text)) return new Float32Array([0, 1, 0]);
  return new Float32Array([0, 0, 1]);
}

test("builds statement, semantic, geo and social links with kind, weight and why; the LLM checks only uncertain pairs", async () => {
  const runId = uniqueRunId("conflicts-build");
  const fixtureRun = `${runId}-input`;
  track(runId, fixtureRun);
  const article = (name: string): string => fixtureId(fixtureRun, name);
  const statement = (name: string): string => fixtureId(fixtureRun, name);
  await writeFixtureGraph(executor, {
    runId: fixtureRun,
    articles: ["a1", "a2", "a3", "a4", "a5"].map(article),
    statements: [
      {
        id: statement("s1"),
        articleId: article("a1"),
        stance: "support",
        claim: "press freedom",
        text: "The press must be free.",
      },
      {
        id: statement("s2"),
        articleId: article("a2"),
        stance: "oppose",
        claim: "press freedom",
        text: "The press needs limits.",
      },
      {
        id: statement("s3"),
        articleId: article("a3"),
        stance: "support",
        claim: "tariffs",
        text: "Tariffs protect jobs.",
      },
      {
        id: statement("s4"),
        articleId: article("a4"),
        stance: "support",
        claim: "import levy",
        text: "An import levy helps.",
      },
      { id: statement("s5"), articleId: article("a5"), stance: "oppose", claim: "weather", text: "Rain is bad." },
    ],
    links: [],
  });
  await executor.writeBatches("testing/conflicts/set-article-text", [
    { id: article("a1"), title: "Press in Geneva", text: "Talks in Geneva on the press." },
    { id: article("a2"), title: "Press law", text: "Journalists met in Geneva about the press." },
    { id: article("a3"), title: "Tariffs", text: "Tariff talks in Berlin." },
    { id: article("a4"), title: "Trade", text: "A levy on imports." },
    { id: article("a5"), title: "Weather", text: "Rain in Berlin." },
  ]);
  await executor.writeBatches("testing/conflicts/attribute-speakers", [
    { statementId: statement("s3"), speakerId: `${fixtureRun}:speaker-1` },
    { statementId: statement("s4"), speakerId: `${fixtureRun}:speaker-1` },
  ]);
  const chat = fakeChatModel((request) => {
    const asked = request.messages.at(-1)?.content ?? "";
    if (/Do A and B agree\?/.test(asked)) return { stance: /limits/.test(asked) ? "disagree" : "agree" };
    return /Tariffs/.test(asked)
      ? { sameValue: true, reason: "both about taxing imports" }
      : { sameValue: false, reason: "different values" };
  });
  const result = await buildConflictGraph(
    { runId, statementRunId: fixtureRun },
    {
      settings: {
        sameValue: { candidateThreshold: 0.5, acceptThreshold: 0.9, neighbours: 3, maxLlmChecks: 5 },
        semantic: { neighbours: 2, threshold: 0.95 },
        geo: { neighbours: 3, maximumKm: 300, maximumDocumentShare: 0.9 },
        social: { neighbours: 3, minimumScore: 0.5, maximumDocumentShare: 0.9 },
      },
    },
    { executor, models: { embedder: new FakeEmbeddingModel("fake-topics", 3, topicVector), chat } },
  );
  assert.equal(result.statements, 5);
  const asked = (pattern: RegExp) =>
    chat.calls.filter((call) => pattern.test(call.messages.at(-1)?.content ?? "")).length;
  assert.equal(
    asked(/same value claim/),
    3,
    "only the three uncertain pairs (levy with press x2, tariffs) were checked",
  );
  assert.equal(asked(/Do A and B agree/), 2, "one stance per non-canonical member of the two claims");
  assert.deepEqual([result.claims, result.stances], [2, { support: 3, oppose: 1, neutral: 0 }]);
  const links = await executor.read<{
    kind: string;
    source: string;
    target: string;
    sourceStance: string | null;
    targetStance: string | null;
    claim: string | null;
    sign: number | null;
    why: string;
    active: boolean;
  }>("testing/conflicts/links-of-run", { prefix: `${runId}/` });
  const summary = links.map((link) => `${link.kind} ${link.source.slice(-2)}-${link.target.slice(-2)}`);
  assert.deepEqual(summary, [
    "geo a1-a2",
    "geo a3-a5",
    "semantic a1-a2",
    "social a3-a4",
    "statement a1-a2",
    "statement a3-a4",
  ]);
  const press = links.find((link) => link.kind === "statement" && link.source === article("a1"))!;
  assert.deepEqual([press.sourceStance, press.targetStance, press.sign, press.active], ["support", "oppose", -1, true]);
  assert.match(press.claim ?? "", new RegExp(`^${runId}:claim:`));
  const tariffs = links.find((link) => link.kind === "statement" && link.source === article("a3"))!;
  assert.deepEqual([tariffs.sourceStance, tariffs.targetStance, tariffs.sign], ["support", "support", 1]);
  assert.match(
    links.find((link) => link.kind === "geo" && link.source === article("a1"))!.why,
    /places within 0 km: Geneva – Geneva/,
  );
  assert.match(
    links.find((link) => link.kind === "statement" && link.source === article("a3"))!.why,
    /agree \(stances\) on the same value \(judge: both about taxing imports\)/,
  );
  const reduced = await reduceConflicts({ runId }, {}, { executor, models: {} });
  await assertSettingsRecorded(executor, runId, "conflicts.graph");
  await assertSettingsRecorded(executor, reduced.reductionRunId, "conflicts.reduce");
  assert.equal(reduced.reductionRunId, `${runId}:reduce`);
  assert.deepEqual(
    reduced.rounds.map((round) => round.cyclesFound),
    [0],
    "parallel links between two articles are no cycle",
  );
  assert.equal((await keptStatements(executor, runId)).length, 5);
});

test("without a judge the graph has no statement link, and the Run and the reduction say so instead of finding nothing silently", async () => {
  const runId = uniqueRunId("conflicts-no-judge");
  const fixtureRun = `${runId}-input`;
  track(runId, fixtureRun);
  const article = (name: string): string => fixtureId(fixtureRun, name);
  await writeFixtureGraph(executor, {
    runId: fixtureRun,
    articles: ["a1", "a2"].map(article),
    statements: [
      {
        id: fixtureId(fixtureRun, "s1"),
        articleId: article("a1"),
        stance: "support",
        claim: "press",
        text: "The press must be free.",
      },
      {
        id: fixtureId(fixtureRun, "s2"),
        articleId: article("a2"),
        stance: "oppose",
        claim: "press",
        text: "The press must be free!",
      },
    ],
    links: [],
  });
  await executor.writeBatches("testing/conflicts/set-article-text", [
    { id: article("a1"), title: "Press", text: "On the press." },
    { id: article("a2"), title: "Press law", text: "About the press." },
  ]);
  const result = await buildConflictGraph(
    { runId, statementRunId: fixtureRun },
    {
      settings: {
        sameValue: { candidateThreshold: 0.5, acceptThreshold: 0.9 },
        semantic: { neighbours: 2, threshold: 0.9 },
      },
    },
    { executor, models: { embedder: new FakeEmbeddingModel("fake-topics", 3, topicVector) } },
  );
  assert.deepEqual([result.links.statement, result.links.semantic], [0, 1]);
  const graphRun = await readRun(executor, runId);
  assert.match(graphRun.warnings.join("\n"), /no agreement judge/);
  assert.match(graphRun.warnings.join("\n"), /0 statement links \(1 same-value pairs/);
  await reduceConflicts({ runId }, {}, { executor, models: {} });
  const reduceRun = await readRun(executor, `${runId}:reduce`);
  assert.match(reduceRun.warnings.join("\n"), /has no active statement links/);
  assert.match(reduceRun.warnings.join("\n"), /round 1 found no disagreeing statement link/);
});
