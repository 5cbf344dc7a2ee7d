import assert from "node:assert/strict";
import { test } from "node:test";
import { createApiServer } from "../../../src/api/server.js";
import { loadSettings } from "../../../src/config/settings.js";
import { keptStatements, statementsOfVariant } from "../../../src/conflicts/variants.js";
import { readGraphTriples } from "../../../src/evaluation/items/graph-triples.js";
import { postGraphQL } from "../api/api-fixture.js";
import { conflictReport } from "../../../src/conflicts/report/conflict-report.js";
import {
  fixtureId,
  fixtureLinkId,
  writeFixtureGraph,
  type FixtureGraph,
} from "../../support/conflicts/fixture-graph.js";
import { reduceConflicts } from "../../../src/conflicts/reduction/reduce-conflicts.js";
import { groupStatements } from "../../../src/statements/statement-groups.js";
import type { ConflictLink, LinkKind, Stance } from "../../../src/conflicts/types.js";
import { uniqueRunId } from "../../support/database.js";
import { fixtureSession } from "../../support/fixture-session.js";
import { readRun } from "../../support/run-records.js";

const { executor, track } = fixtureSession();
/** The rings hold 5 support / 1 oppose statements on their claim: dominant with a lenient margin (α = 0.2). */
const planted = { resolution: 0.5, margin: { alpha: 0.2 } };

/** Ring a1..a5 (plus ring b1..b5, all support): statement, semantic, statement, geo, statement links. */
function plantedRings(runId: string, deviant: boolean): FixtureGraph {
  const article = (name: string): string => fixtureId(runId, name);
  const statements: FixtureGraph["statements"] = [];
  const links: ConflictLink[] = [];
  const statementLink = (ring: string, from: number, to: number, stances: [Stance, Stance], name: string): void => {
    const source = {
      id: fixtureId(runId, `${name}-x`),
      articleId: article(`${ring}${from}`),
      stance: stances[0],
      claim: `press freedom ${ring}`,
    };
    const target = {
      id: fixtureId(runId, `${name}-y`),
      articleId: article(`${ring}${to}`),
      stance: stances[1],
      claim: `press freedom ${ring}`,
    };
    statements.push(source, target);
    links.push({
      id: fixtureLinkId(runId, name),
      source: source.articleId,
      target: target.articleId,
      kind: "statement",
      weight: 1,
      claim: `press freedom ${ring}`,
      sourceStatement: source.id,
      targetStatement: target.id,
      sourceStance: stances[0],
      targetStance: stances[1],
      sign: stances[0] === stances[1] ? 1 : -1,
    });
  };
  const plainLink = (ring: string, from: number, to: number, kind: LinkKind, name: string): void => {
    links.push({
      id: fixtureLinkId(runId, name),
      source: article(`${ring}${from}`),
      target: article(`${ring}${to}`),
      kind,
      weight: 1,
    });
  };
  for (const ring of ["a", "b"]) {
    statementLink(ring, 1, 2, ["support", "support"], `${ring}-12`);
    plainLink(ring, 2, 3, "semantic", `${ring}-23`);
    statementLink(ring, 3, 4, ["support", "support"], `${ring}-34`);
    plainLink(ring, 4, 5, "geo", `${ring}-45`);
    const last: [Stance, Stance] = ring === "a" && deviant ? ["support", "oppose"] : ["support", "support"];
    statementLink(ring, 1, 5, last, `${ring}-15`);
  }
  const articles = ["a", "b"].flatMap((ring) => [1, 2, 3, 4, 5].map((index) => article(`${ring}${index}`)));
  return { runId, articles, statements, links };
}

const inactiveLinks = (runId: string) =>
  executor.read<{ id: string; round: number; reason: string }>("testing/conflicts/inactive-links", {
    prefix: `${runId}/`,
  });

test("a planted 5-cycle with one deviating stance is found and exactly that link and statement are deactivated", async () => {
  const runId = uniqueRunId("conflicts-planted");
  track(runId);
  await writeFixtureGraph(executor, plantedRings(runId, true));
  const result = await reduceConflicts({ runId }, { settings: planted }, { executor, models: {} });
  assert.equal(result.rounds[0]?.cyclesFound, 1);
  assert.equal(result.rounds[0]?.linksDeactivated, 1);
  assert.equal(result.rounds[1]?.linksDeactivated, 0, "the second round finds nothing left and stops");
  assert.equal(result.rounds.length, 2);
  const inactive = await inactiveLinks(runId);
  assert.deepEqual(
    inactive.map((row) => row.id),
    [fixtureLinkId(runId, "a-15")],
  );
  assert.match(inactive[0]!.reason, /dominant stance support/);
  const [cycle] = await executor.read<{
    members: string[];
    length: number;
    dominantStance: string;
    deactivated: string[];
  }>("testing/conflicts/cycles-of-run", { runId });
  assert.equal(cycle?.length, 5);
  assert.deepEqual(
    cycle?.members,
    [1, 2, 3, 4, 5].map((index) => fixtureId(runId, `a${index}`)),
  );
  assert.equal(cycle?.dominantStance, "support");
  assert.deepEqual(cycle?.deactivated, [fixtureId(runId, "a-15-y")]);
  const kept = await keptStatements(executor, runId);
  assert.equal(kept.length, 11);
  assert.ok(!kept.includes(fixtureId(runId, "a-15-y")));
  assert.equal(
    (await statementsOfVariant(executor, runId, { conflictReduction: false })).length,
    12,
    "the ablation keeps every statement",
  );
  const report = await conflictReport({ runId }, { sample: 5 }, { executor });
  assert.deepEqual(
    report.rounds.map((round) => [round.round, round.cyclesFound, round.linksDeactivated, round.statementsActive]),
    [
      [1, 1, 1, 11],
      [2, 0, 0, 11],
    ],
  );
  assert.equal(report.removed.length, 1);
  assert.deepEqual(
    report.removed[0]?.memberTitles,
    [1, 2, 3, 4, 5].map((index) => fixtureId(runId, `a${index}`)),
  );
  assert.match(report.markdown, /\| 1 \| 2 \| 10 \| 2 \| 0 \| 1 \| 1 \| 1 \| 1 \| 11 \|/);
  const [firstLink] = report.statementLinks;
  assert.equal(firstLink?.sign, -1, "disagreeing links come first in the sample");
  assert.equal(firstLink?.active, false, "the deviating link was deactivated");
  assert.match(report.markdown, /## Statement links \(sample of \d+, disagreeing first\)[\s\S]*\| − disagree \| no \|/);
});

test("below the margin (5 support / 1 oppose: p = 0.11 > 0.05) the claim is contested and nothing is removed", async () => {
  const runId = uniqueRunId("conflicts-contested");
  track(runId);
  await writeFixtureGraph(executor, plantedRings(runId, true));
  const result = await reduceConflicts({ runId }, { settings: { resolution: 0.5 } }, { executor, models: {} });
  assert.deepEqual(
    result.rounds.map((round) => [round.claims, round.contestedClaims, round.seeds, round.cyclesFound]),
    [[2, 1, 0, 0]],
  );
  assert.deepEqual(await inactiveLinks(runId), []);
  const run = await readRun(executor, `${runId}:reduce`);
  assert.match(run.warnings.join("\n"), /no disagreeing statement link on a claim with a dominant stance/);
  const report = await conflictReport({ runId }, { sample: 5 }, { executor });
  assert.deepEqual(
    report.claims.map((claim) => [claim.round, claim.status, claim.support, claim.oppose]),
    [
      [1, "contested", 5, 1],
      [1, "dominant", 6, 0],
    ],
  );
  assert.match(
    report.markdown,
    /## Claims per round[\s\S]*\| 1 \| .* \| contested \| — \| 5 \| 1 \| 0\.83 \| 0\.11 \|/,
  );
  assert.match(report.markdown, /> \*\*Warning:\*\* conflicts\.reduce: round 1 found no disagreeing/);
  assert.match(report.markdown, /\| 5 \| 1 \| 0\.83 \| 0\.11 \|/);
});

test("consistent cycles are left alone", async () => {
  const runId = uniqueRunId("conflicts-consistent");
  track(runId);
  await writeFixtureGraph(executor, plantedRings(runId, false));
  const result = await reduceConflicts({ runId }, { settings: planted }, { executor, models: {} });
  assert.deepEqual(
    result.rounds.map((round) => round.cyclesFound),
    [0],
  );
  assert.deepEqual(await inactiveLinks(runId), []);
  assert.equal((await keptStatements(executor, runId)).length, 12);
});

test("re-running a reduction is idempotent: same decisions, no duplicate records", async () => {
  const runId = uniqueRunId("conflicts-idempotent");
  track(runId);
  await writeFixtureGraph(executor, plantedRings(runId, true));
  const first = await reduceConflicts(
    { runId },
    { settings: { ...planted, execution: { backend: "cypher" } } },
    { executor, models: {} },
  );
  const cyclesBefore = await executor.read("testing/conflicts/cycles-of-run", { runId });
  const second = await reduceConflicts(
    { runId },
    { settings: { ...planted, execution: { backend: "cypher" } } },
    { executor, models: {} },
  );
  const counts = (result: typeof first) =>
    result.rounds.map((round) => Object.fromEntries(Object.entries(round).filter(([key]) => !/seconds$/i.test(key))));
  assert.deepEqual(counts(second), counts(first));
  assert.deepEqual(await executor.read("testing/conflicts/cycles-of-run", { runId }), cyclesBefore);
  assert.deepEqual(
    (await inactiveLinks(runId)).map((row) => row.id),
    [fixtureLinkId(runId, "a-15")],
  );
  await assert.rejects(
    reduceConflicts(
      { runId },
      { settings: { resolution: 0.7, execution: { backend: "cypher" } } },
      { executor, models: {} },
    ),
    /other settings/,
  );
});

/** The same articles and statements as `graph`, with the links copied under another conflict run (minus some). */
function sameStatements(graph: FixtureGraph, runId: string, without: string[]): FixtureGraph {
  const local = (linkId: string) => linkId.slice(linkId.indexOf("/") + 1);
  return {
    runId,
    articles: graph.articles,
    statements: graph.statements,
    links: graph.links
      .filter((link) => !without.includes(local(link.id)))
      .map((link) => ({ ...link, id: fixtureLinkId(runId, local(link.id)) })),
  };
}

test("two conflict runs over the same statements each keep their own variant, whichever ran last", async () => {
  const runA = uniqueRunId("conflicts-variant-a");
  const runB = uniqueRunId("conflicts-variant-b");
  track(runA, runB);
  const graph = plantedRings(runA, true);
  await writeFixtureGraph(executor, graph);
  // Run B judges the same statements without the deviating link, so it finds no conflict and keeps them all.
  await writeFixtureGraph(executor, sameStatements(graph, runB, ["a-15"]));
  const statementIds = graph.statements.map((statement) => statement.id);
  await executor.write("testing/conflicts/attach-triples", { runId: runA, statementIds });
  const deviating = fixtureId(runA, "a-15-y");
  const reduce = (runId: string) => reduceConflicts({ runId }, { settings: planted }, { executor, models: {} });
  const removedTriples = async (conflictRunId: string) =>
    (await readGraphTriples(executor, { tripleRunId: `${runA}:triples`, conflictRunId }))
      .filter((item) => item.conflictReduced === false)
      .map((item) => item.statementId);
  const server = await createApiServer({ database: loadSettings().database, port: 0 });
  const keptByApi = async (conflictRun: string) => {
    const reply = await postGraphQL<{ triples: { keptByConflictRun: boolean | null }[] }>(
      server.url,
      `query Kept($id: ID!, $run: String!) { triples(where: { id: { eq: $id } }) { keptByConflictRun(conflictRun: $run) } }`,
      { id: `${runA}:triple:${deviating}`, run: conflictRun },
    );
    assert.equal(reply.status, 200, JSON.stringify(reply.errors));
    return reply.data?.triples[0]?.keptByConflictRun;
  };
  try {
    for (const order of [
      [runA, runB],
      [runB, runA],
    ]) {
      for (const runId of order) await reduce(runId);
      const keptByA = await keptStatements(executor, runA);
      assert.equal(keptByA.length, 11, `after ${order.join(", ")}`);
      assert.ok(!keptByA.includes(deviating));
      assert.deepEqual(await removedTriples(runA), [deviating]);
      assert.equal((await keptStatements(executor, runB)).length, 12);
      assert.deepEqual(await removedTriples(runB), []);
      assert.deepEqual(
        [await keptByApi(runA), await keptByApi(runB), await keptByApi("no-such-run")],
        [false, true, null],
      );
    }
    await groupStatements(executor, { articleIds: graph.articles, runId: runA }, { minimumSimilarity: 1 });
    const forTriples = await executor.read<{ members: { id: string }[] }>("statements/groups-for-triples", {
      articleIds: graph.articles,
      promptVersion: "p",
      modelId: "m",
      force: true,
      retryFailed: false,
    });
    assert.ok(
      forTriples.some((row) => row.members.some((member) => member.id === deviating)),
      "triples are built for every usable statement item, whatever a conflict run decided",
    );
  } finally {
    await server.stop();
    await executor.write("testing/conflicts/delete-triples", { runId: runA });
  }
});
