import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalCycle } from "../../../src/conflicts/cycles/canonical.js";
import { cascadeLinks, decideRound } from "../../../src/conflicts/reduction/decide-round.js";
import { dominantStances, findSeeds } from "../../../src/conflicts/reduction/dominance.js";
import type { ConflictLink, Stance } from "../../../src/conflicts/types.js";

const statementLink = (
  id: string,
  source: string,
  target: string,
  stances: [Stance, Stance],
  weight = 1,
): ConflictLink => ({
  id,
  source,
  target,
  kind: "statement",
  weight,
  claim: "claim",
  community: "c0",
  sourceStatement: `${id}-x`,
  targetStatement: `${id}-y`,
  sourceStance: stances[0],
  targetStance: stances[1],
});

test("the dominant stance is the weighted majority; a tie has none and yields no seeds", () => {
  const links = [
    statementLink("l1", "a", "b", ["support", "support"]),
    statementLink("l2", "b", "c", ["oppose", "oppose"], 3),
  ];
  assert.equal(dominantStances(links).get("c0\u0000claim"), "oppose");
  const tie = [statementLink("l1", "a", "b", ["support", "oppose"])];
  assert.equal(dominantStances(tie).get("c0\u0000claim"), null);
  assert.deepEqual(findSeeds(tie, dominantStances(tie)), []);
});

test("only the deviating statement link of a conflicting cycle is flagged; its statement's other links cascade", () => {
  const links: ConflictLink[] = [
    statementLink("l1", "a", "b", ["support", "support"], 2),
    { id: "l2", source: "b", target: "c", kind: "semantic", weight: 1, community: "c0" },
    statementLink("l3", "a", "c", ["support", "oppose"]),
    { ...statementLink("l4", "c", "d", ["oppose", "oppose"], 0.5), sourceStatement: "l3-y" },
  ];
  const table = dominantStances(links);
  assert.equal(table.get("c0\u0000claim"), "support");
  assert.deepEqual(
    findSeeds(links, table).map((seed) => [seed.linkId, seed.hasDominantSide]),
    [
      ["l3", true],
      ["l4", false],
    ],
  );
  const cycle = canonicalCycle(["a", "b", "c"], ["l1", "l2", "l3"]);
  const decisions = decideRound("run", 1, [cycle], new Map(links.map((link) => [link.id, link])), table);
  assert.equal(decisions.cycles.length, 1);
  assert.deepEqual(decisions.cycles[0]?.conflicts, [{ claim: "claim", dominantStance: "support" }]);
  assert.deepEqual(
    decisions.links.map((row) => row.linkId),
    ["l3"],
  );
  assert.deepEqual(
    decisions.statements.map((row) => row.statementId),
    ["l3-y"],
  );
  assert.deepEqual(
    cascadeLinks(links, decisions).map((row) => [row.linkId, row.reason]),
    [["l4", "its statement l3-y was deactivated"]],
  );
});

test("a cycle whose statements agree is not a conflict", () => {
  const links: ConflictLink[] = [
    statementLink("l1", "a", "b", ["support", "support"]),
    { id: "l2", source: "b", target: "c", kind: "geo", weight: 1, community: "c0" },
    statementLink("l3", "a", "c", ["support", "support"]),
  ];
  const decisions = decideRound(
    "run",
    1,
    [canonicalCycle(["a", "b", "c"], ["l1", "l2", "l3"])],
    new Map(links.map((link) => [link.id, link])),
    dominantStances(links),
  );
  assert.deepEqual(decisions, { cycles: [], links: [], statements: [] });
});
