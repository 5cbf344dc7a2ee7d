import assert from "node:assert/strict";
import { test } from "node:test";
import { linkTableOf } from "../../../src/conflicts/reduction/link-table-builder.js";
import { activeLinks, linkIdOf, rowOfLinkId } from "../../../src/conflicts/reduction/link-table.js";
import { linkPrefix } from "../../../src/conflicts/reduction/link-store.js";
import type { ConflictLink } from "../../../src/conflicts/types.js";
import { generateConflictGraph } from "../../support/conflicts/generate-graph.js";
import { objectRounds, tableRounds, type PathOptions } from "../../support/conflicts/reduction-paths.js";

const lenient = { alpha: 0.5, minimumShare: 0.5, minimumStatements: 1 };
const strict = { alpha: 0.05, minimumShare: 0.6, minimumStatements: 3 };

function bothPaths(links: ConflictLink[], runId: string, options: PathOptions) {
  const table = linkTableOf(links, linkPrefix(runId));
  // In id order, as the store delivers links to both paths.
  const copies = links.map((link) => ({ ...link })).sort((left, right) => (left.id < right.id ? -1 : 1));
  return {
    objects: objectRounds(runId, copies, options, true),
    rows: tableRounds(runId, table, options, true),
  };
}

test("a link table gives back every link as it came (ids, articles, statements, stances, signs, weights)", () => {
  const runId = "table-roundtrip";
  const { links } = generateConflictGraph(runId, { articles: 120, seed: 3 });
  const table = linkTableOf(links, linkPrefix(runId));
  const sorted = [...links].sort((left, right) => (left.id < right.id ? -1 : 1));
  const expected = sorted.map((link) => ({
    claim: null,
    sourceStatement: null,
    targetStatement: null,
    sourceStance: null,
    targetStance: null,
    sign: null,
    ...link,
    community: null,
  }));
  assert.deepEqual(activeLinks(table), expected);
  assert.deepEqual([...table.articles], [...table.articles].sort());
  for (const [row, link] of sorted.entries()) assert.equal(rowOfLinkId(table, link.id), row);
  assert.equal(rowOfLinkId(table, `${linkPrefix(runId)}missing`), -1);
  assert.equal(table.rowsOrderKeys, true);
});

test("the table path makes the object path's communities, standings, seeds, cycles and decisions, round by round", () => {
  // The last cases have small clusters, so many article pairs carry parallel links whose weights Louvain sums.
  const cases: [number, number, PathOptions["margin"], number, number][] = [
    [400, 11, lenient, 3, 50],
    [900, 12, strict, 3, 50],
    [1500, 13, strict, 1, 50],
    [600, 14, lenient, 1000, 50],
    [500, 15, lenient, 3, 6],
    [500, 16, lenient, 2, 8],
  ];
  for (const [articles, seed, margin, maxCyclesPerSeed, clusterSize] of cases) {
    const runId = `table-vs-objects-${seed}`;
    const { links } = generateConflictGraph(runId, { articles, seed, linksPerArticle: 6, clusterSize });
    const options = { rounds: 5, seed, resolution: 1, margin, maxLength: 5, maxCyclesPerSeed };
    const { objects, rows } = bothPaths(links, runId, options);
    assert.ok(objects[0]!.decisions.cycles.length > 0, `case ${seed} finds cycles`);
    assert.equal(rows.length, objects.length, `case ${seed}: rounds`);
    for (const [index, expected] of objects.entries()) {
      const actual = rows[index]!;
      const label = `case ${seed}, round ${expected.round}`;
      assert.equal(actual.communities, expected.communities, `${label}: community count`);
      assert.deepEqual(actual.linkCommunities, expected.linkCommunities, `${label}: communities`);
      assert.deepEqual(actual.standings, expected.standings, `${label}: standings`);
      assert.deepEqual(actual.seeds, expected.seeds, `${label}: seeds`);
      assert.deepEqual(actual.decisions, expected.decisions, `${label}: cycles and decisions`);
      assert.deepEqual(actual.cascaded, expected.cascaded, `${label}: cascade`);
      assert.equal(actual.linksDeactivated, expected.linksDeactivated, `${label}: links deactivated`);
      assert.equal(actual.activeLinks, expected.activeLinks, `${label}: active links`);
    }
  }
});

test("ids that are prefixes of others (followed by a character below ',') keep the object path's cycle order", () => {
  const runId = "table-prefix";
  const { links } = generateConflictGraph(runId, { articles: 400, seed: 21, linksPerArticle: 6 });
  // "x" and "x+…": in id order "x" < "x+y", but in key order "x+y,…" < "x,…" ('+' sorts before ',').
  const renamed = links.map((link, index) => ({
    ...link,
    id: `${linkPrefix(runId)}${index >> 1}${index % 2 === 1 ? "+1" : ""}`,
  }));
  const table = linkTableOf(renamed, linkPrefix(runId));
  assert.equal(table.rowsOrderKeys, false);
  assert.equal(linkIdOf(table, 0), `${linkPrefix(runId)}0`);
  const options = { rounds: 5, seed: 21, resolution: 1, margin: lenient, maxLength: 5, maxCyclesPerSeed: 2 };
  const { objects, rows } = bothPaths(renamed, runId, options);
  assert.ok(objects[0]!.decisions.cycles.length > 0);
  assert.deepEqual(
    rows.map((round) => [round.decisions, round.cascaded]),
    objects.map((round) => [round.decisions, round.cascaded]),
  );
});

test("a link table refuses two links with one id and links outside the run's prefix", () => {
  const runId = "table-refusals";
  const { links } = generateConflictGraph(runId, { articles: 60, seed: 5 });
  assert.throws(() => linkTableOf([...links, { ...links[3]! }], linkPrefix(runId)), /share one id/);
  assert.throws(() => linkTableOf(links, linkPrefix("another-run")), /lacks the run's prefix/);
});
