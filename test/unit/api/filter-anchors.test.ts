import assert from "node:assert/strict";
import { test } from "node:test";
import { anchoredWhere, findAnchor } from "../../../src/api/filter-anchors.js";

const byNation = { outlet: { some: { nation: { some: { code: { eq: "GB" } } } } } };

test("an anchor is found where the filter requires it (top level or inside AND), never under OR or NOT", () => {
  assert.equal(findAnchor("articles", byNation)?.value, "GB");
  assert.equal(findAnchor("articlesConnection", { AND: [{ title: { contains: "x" } }, byNation] })?.value, "GB");
  assert.equal(findAnchor("articles", { OR: [byNation, { title: { eq: "x" } }] }), undefined);
  assert.equal(findAnchor("articles", { NOT: byNation }), undefined);
  assert.equal(findAnchor("articles", { outlet: { all: { nation: { some: { code: { eq: "GB" } } } } } }), undefined);
  assert.equal(findAnchor("statements", byNation), undefined, "only the anchored root fields");
  const cycles = { round: { eq: 1 }, articles: { some: byNation } };
  assert.equal(findAnchor("conflictCycles", cycles)?.anchor.query, "api/anchor-cycles-of-nation");
});

test("the anchored filter keeps the original filter whole and adds the ids", () => {
  assert.deepEqual(anchoredWhere(byNation, ["a", "b"]), { AND: [byNation, { id: { in: ["a", "b"] } }] });
});
