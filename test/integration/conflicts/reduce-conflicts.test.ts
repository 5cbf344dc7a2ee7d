import assert from "node:assert/strict";
import { test } from "node:test";
import { activeStatements, statementsForTriples } from "../../../src/conflicts/active-statements.js";
import { markConflictReducedTriples } from "../../../src/conflicts/mark-triples.js";
import { conflictReport } from "../../../src/conflicts/report/conflict-report.js";
import {
  fixtureId,
  fixtureLinkId,
  writeFixtureGraph,
  type FixtureGraph,
} from "../../support/conflicts/fixture-graph.js";
import { reduceConflicts } from "../../../src/conflicts/reduction/reduce-conflicts.js";
import type { ConflictLink, LinkKind, Stance } from "../../../src/conflicts/types.js";
import { uniqueRunId } from "../../support/database.js";
import { fixtureSession } from "../../support/fixture-session.js";

const { executor, track } = fixtureSession();

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
      claim: "press freedom",
    };
    const target = {
      id: fixtureId(runId, `${name}-y`),
      articleId: article(`${ring}${to}`),
      stance: stances[1],
      claim: "press freedom",
    };
    statements.push(source, target);
    links.push({
      id: fixtureLinkId(runId, name),
      source: source.articleId,
      target: target.articleId,
      kind: "statement",
      weight: 1,
      claim: "press freedom",
      sourceStatement: source.id,
      targetStatement: target.id,
      sourceStance: stances[0],
      targetStance: stances[1],
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
  const result = await reduceConflicts({ runId }, { settings: { resolution: 0.5 } }, { executor, models: {} });
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
  const kept = await activeStatements(executor, runId);
  assert.equal(kept.length, 11);
  assert.ok(!kept.includes(fixtureId(runId, "a-15-y")));
  assert.equal(
    (await statementsForTriples(executor, runId, { conflictReduction: false })).length,
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
  assert.match(report.markdown, /\| 1 \| 2 \| 10 \| 1 \| 1 \| 1 \| 1 \| 11 \|/);
});

test("consistent cycles are left alone", async () => {
  const runId = uniqueRunId("conflicts-consistent");
  track(runId);
  await writeFixtureGraph(executor, plantedRings(runId, false));
  const result = await reduceConflicts({ runId }, { settings: { resolution: 0.5 } }, { executor, models: {} });
  assert.deepEqual(
    result.rounds.map((round) => round.cyclesFound),
    [0],
  );
  assert.deepEqual(await inactiveLinks(runId), []);
  assert.equal((await activeStatements(executor, runId)).length, 12);
});

test("re-running a reduction is idempotent: same decisions, no duplicate records", async () => {
  const runId = uniqueRunId("conflicts-idempotent");
  track(runId);
  await writeFixtureGraph(executor, plantedRings(runId, true));
  const first = await reduceConflicts(
    { runId },
    { settings: { resolution: 0.5, execution: { backend: "cypher" } } },
    { executor, models: {} },
  );
  const cyclesBefore = await executor.read("testing/conflicts/cycles-of-run", { runId });
  const second = await reduceConflicts(
    { runId },
    { settings: { resolution: 0.5, execution: { backend: "cypher" } } },
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

test("a conflict run marks the triples of its statements: kept ones conflict-reduced, the deactivated one not", async () => {
  const runId = uniqueRunId("conflicts-triples");
  track(runId);
  await writeFixtureGraph(executor, plantedRings(runId, true));
  await reduceConflicts({ runId }, { settings: { resolution: 0.5 } }, { executor, models: {} });
  const deviating = fixtureId(runId, "a-15-y");
  const kept = fixtureId(runId, "a-12-x");
  await executor.write("testing/conflicts/attach-triples", { runId, statementIds: [deviating, kept] });
  try {
    assert.deepEqual(await markConflictReducedTriples(executor, runId), { marked: 2, kept: 1 });
    const triples = await executor.read<{ statement: string; conflictReduced: boolean; conflictRunId: string }>(
      "testing/conflicts/triples-of-run",
      { runId },
    );
    const byStatement = new Map(triples.map((row) => [row.statement, row]));
    assert.equal(byStatement.get(deviating)?.conflictReduced, false);
    assert.equal(byStatement.get(kept)?.conflictReduced, true);
    assert.equal(byStatement.get(kept)?.conflictRunId, runId);
  } finally {
    await executor.write("testing/conflicts/delete-triples", { runId });
  }
});
