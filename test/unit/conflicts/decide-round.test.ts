import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalCycle } from "../../../src/conflicts/cycles/canonical.js";
import { cascadeLinks, decideRound } from "../../../src/conflicts/reduction/decide-round.js";
import { dominantStances, findSeeds } from "../../../src/conflicts/reduction/dominance.js";
import { binomialUpperTail, marginOf } from "../../../src/conflicts/reduction/margin.js";
import type { ConflictLink, Stance } from "../../../src/conflicts/types.js";

const lenient = { alpha: 1, minimumShare: 0.5, minimumStatements: 1 };

const statementLink = (
  id: string,
  source: string,
  target: string,
  stances: [Stance, Stance],
  sides: [string, string] = [`${id}-x`, `${id}-y`],
): ConflictLink => ({
  id,
  source,
  target,
  kind: "statement",
  weight: 1,
  claim: "claim",
  community: "c0",
  sourceStatement: sides[0],
  targetStatement: sides[1],
  sourceStance: stances[0],
  targetStance: stances[1],
  sign: stances[0] === stances[1] ? 1 : -1,
});
const context = (id: string, source: string, target: string): ConflictLink => ({
  id,
  source,
  target,
  kind: "geo",
  weight: 1,
  community: "c0",
});
const decide = (links: ConflictLink[], nodes: string[], ids: string[], margin = lenient) =>
  decideRound(
    "run",
    1,
    [canonicalCycle(nodes, ids)],
    new Map(links.map((link) => [link.id, link])),
    dominantStances(links, margin),
  );

test("the binomial tail and the margin: 51/49 of many is significant but not dominant; 10/2 is; 3/0 is too few", () => {
  assert.equal(binomialUpperTail(0, 5), 1);
  assert.ok(Math.abs(binomialUpperTail(5, 5) - 1 / 32) < 1e-12);
  assert.ok(Math.abs(binomialUpperTail(8, 10) - 56 / 1024) < 1e-12);
  const margin = { alpha: 0.05, minimumShare: 0.6, minimumStatements: 3 };
  const bare = marginOf(5100, 4900, margin);
  assert.ok(bare.pValue < 0.05 && !bare.passes, "a bare majority is contested");
  assert.ok(marginOf(10, 2, margin).passes);
  assert.ok(!marginOf(3, 0, margin).passes, "3 of 3 is not significant at 0.05 (p = 1/8)");
  assert.ok(!marginOf(5, 5, margin).passes);
});

test("statements count once per (community, claim); below the margin the claim is contested and has no seeds", () => {
  const links = [
    statementLink("l1", "a", "b", ["support", "oppose"], ["s1", "s2"]),
    statementLink("l2", "a", "c", ["support", "support"], ["s1", "s3"]),
    statementLink("l3", "a", "d", ["support", "support"], ["s1", "s4"]),
  ];
  const strict = dominantStances(links, { alpha: 0.05, minimumShare: 0.6, minimumStatements: 3 });
  const standing = strict.get("claim")!;
  assert.deepEqual([standing.support, standing.oppose, standing.dominantStance], [3, 1, null]);
  assert.deepEqual(findSeeds(links, strict), [], "contested: nothing is searched or removed");
  const loose = dominantStances(links, lenient);
  assert.equal(loose.get("claim")!.dominantStance, "support");
  assert.deepEqual(
    findSeeds(links, loose).map((seed) => seed.linkId),
    ["l1"],
    "only the disagreeing link is a seed",
  );
});

test("an unbalanced cycle (one − link closed by context links) removes the deviating statement; its links cascade", () => {
  const links: ConflictLink[] = [
    statementLink("l1", "a", "b", ["support", "support"], ["s1", "s2"]),
    context("l2", "b", "c"),
    statementLink("l3", "a", "c", ["support", "oppose"], ["s1", "s3"]),
    statementLink("l4", "c", "d", ["oppose", "oppose"], ["s3", "s4"]),
    statementLink("l5", "d", "e", ["oppose", "support"], ["s4", "s5"]),
    statementLink("l6", "e", "f", ["support", "support"], ["s5", "s6"]),
  ];
  const decisions = decide(links, ["a", "b", "c"], ["l1", "l2", "l3"]);
  assert.equal(decisions.cycles.length, 1);
  assert.deepEqual(decisions.cycles[0]?.conflicts, [{ claim: "claim", dominantStance: "support" }]);
  assert.deepEqual(
    decisions.links.map((row) => row.linkId),
    ["l3"],
  );
  assert.deepEqual(
    decisions.statements.map((row) => row.statementId),
    ["s3"],
  );
  assert.match(decisions.statements[0]!.reason, /4 support \/ 2 oppose/);
  assert.deepEqual(
    cascadeLinks(links, decisions).map((row) => [row.linkId, row.reason]),
    [["l4", "its statement s3 was deactivated"]],
  );
});

test("context links never make a cycle conflicting, and a balanced cycle (two − links) is no conflict", () => {
  const agreeing = [
    statementLink("l1", "a", "b", ["support", "support"]),
    context("l2", "b", "c"),
    statementLink("l3", "a", "c", ["support", "support"]),
  ];
  assert.deepEqual(decide(agreeing, ["a", "b", "c"], ["l1", "l2", "l3"]), { cycles: [], links: [], statements: [] });
  // a (support) – b (oppose) – c (support), closed by a context link: two − links, balanced.
  const balanced = [
    statementLink("l1", "a", "b", ["support", "oppose"], ["s1", "s2"]),
    statementLink("l2", "b", "c", ["oppose", "support"], ["s2", "s3"]),
    context("l3", "a", "c"),
    statementLink("l4", "c", "d", ["support", "support"], ["s3", "s4"]),
  ];
  assert.deepEqual(decide(balanced, ["a", "b", "c"], ["l1", "l2", "l3"]).cycles, []);
});

test("a − link whose stances agree with each other (a judged pairwise sign) makes its cycle unbalanced", () => {
  // Three statement links on one claim with judged signs +, +, −: no node labelling explains them.
  const links = [
    { ...statementLink("l1", "a", "b", ["support", "support"], ["s1", "s2"]) },
    { ...statementLink("l2", "b", "c", ["support", "oppose"], ["s2", "s3"]), sign: 1 },
    { ...statementLink("l3", "a", "c", ["support", "oppose"], ["s1", "s3"]) },
    statementLink("l4", "a", "d", ["support", "support"], ["s1", "s4"]),
  ];
  const decisions = decide(links, ["a", "b", "c"], ["l1", "l2", "l3"]);
  assert.equal(decisions.cycles.length, 1);
  assert.deepEqual(
    decisions.statements.map((row) => row.statementId),
    ["s3"],
  );
});
