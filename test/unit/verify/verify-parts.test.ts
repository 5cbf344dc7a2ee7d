// The pure parts of human verification: kappa values computed by hand, Wilson intervals at the edges, the
// reference choice, seeded samples with the rater overlap, the resumable label queue, and the report's consensus.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  chooseReference,
  cohenKappa,
  fleissKappa,
  labelQueue,
  renderTable7Block,
  sampleItems,
  verificationReport,
  wilsonInterval,
  type StoredSet,
} from "../../../src/verify/index.js";

test("Cohen's kappa matches the hand computation; Fleiss' kappa matches its hand computation for three raters", () => {
  // p_o = 7/10; marginals A .4/.4, C .3/.3, U .3/.3 → p_e = .34; κ = .36/.66 = 6/11.
  const first = [..."AAACCUUUAC"];
  const second = [..."AACCCUUAAU"];
  assert.ok(Math.abs(cohenKappa(first, second) - 6 / 11) < 1e-12);
  assert.equal(cohenKappa(first, first), 1);
  const handItems = [
    ["A", "A", "A"],
    ["A", "A", "C"],
    ["C", "U", "C"],
    ["A", "A", "A"],
  ];
  // P_i = 1, 1/3, 1/3, 1 → P̄ = 2/3; p_A = 8/12, p_C = 3/12, p_U = 1/12 → P_e = (64 + 9 + 1)/144 = 74/144;
  // κ = (96/144 − 74/144) / (70/144) = 22/70.
  assert.ok(Math.abs(fleissKappa(handItems) - 22 / 70) < 1e-12);
  assert.ok(
    Math.abs(fleissKappa(first.map((label, index) => [label, second[index] as string])) - cohenKappa(first, second)) <
      0.05,
  );
  assert.ok(Number.isNaN(cohenKappa([], [])));
});

test("Wilson intervals stay inside [0, 1] at 0 % and 100 %", () => {
  const zero = wilsonInterval(0, 100);
  assert.equal(zero.low, 0);
  assert.ok(zero.high > 0.03 && zero.high < 0.04, `${zero.high}`);
  const all = wilsonInterval(10, 10);
  assert.ok(all.high > 1 - 1e-12 && all.low > 0.69 && all.low < 0.73, `${all.low}`);
  assert.ok(Number.isNaN(wilsonInterval(0, 0).rate));
});

test("the reference is the reviewer's pick, else the most central statement of the largest claim cluster", () => {
  const ids = ["a", "b", "c", "d", "e", "f"];
  const pairs = [
    { left: "a", right: "b" },
    { left: "c", right: "d" },
    { left: "d", right: "e" },
    { left: "d", right: "f" },
  ];
  assert.deepEqual(chooseReference(ids, pairs), {
    statementId: "d",
    method: "largest-claim-cluster",
    clusterSize: 4,
    degree: 3,
  });
  assert.equal(chooseReference(ids, pairs, "a")?.method, "reviewer");
  assert.equal(chooseReference(["z"], [])?.statementId, "z");
});

test("samples are seeded, exclude the reference, and share the overlap with every rater", () => {
  const statements = Array.from({ length: 50 }, (_unused, index) => ({ id: `s${index}`, kept: index % 5 !== 0 }));
  const options = { size: 20, seed: 3, reference: "s1", raters: ["r1", "r2"], overlap: 6 };
  const items = sampleItems(statements, options);
  assert.deepEqual(sampleItems(statements, options), items);
  assert.ok(items.every((item) => item.statementId !== "s1"));
  assert.equal(items.filter((item) => item.samples.includes("after")).length, 20);
  assert.equal(items.filter((item) => item.samples.includes("before")).length, 20);
  assert.ok(
    items.filter((item) => item.samples.includes("after")).every((item) => Number(item.statementId.slice(1)) % 5 !== 0),
  );
  assert.equal(items.filter((item) => item.raters.length === 2).length, 6);
  const single = items.filter((item) => item.raters.length === 1);
  assert.ok(Math.abs(single.filter((item) => item.raters[0] === "r1").length - single.length / 2) <= 0.5);
});

const set: StoredSet = {
  setId: "S",
  nation: "CN",
  reference: { statementId: "ref", text: "Reference <b>", method: "reviewer", by: "lead" },
  items: ["x", "y", "z"].map((statementId, position) => ({
    statementId,
    position,
    samples: ["after"],
    raters: position === 2 ? ["r2"] : ["r1", "r2"],
    text: statementId,
  })),
};

test("the label queue resumes after the rater's own labels and keeps to the rater's items", () => {
  const labels = [{ setId: "S", statementId: "x", label: "align" as const, by: "r1", at: "2026-01-01T00:00:00Z" }];
  assert.deepEqual(
    labelQueue(set, labels, "r1").map((item) => item.statementId),
    ["y"],
  );
  assert.deepEqual(
    labelQueue(set, labels, "r2").map((item) => item.statementId),
    ["x", "y", "z"],
  );
  assert.deepEqual(
    labelQueue(set, [], "guest").map((item) => item.statementId),
    ["x", "y", "z"],
  );
});

test("the report uses each rater's latest label, keeps LLM labels apart, and renders Table 7 escaped", () => {
  const human = [
    { setId: "S", statementId: "x", label: "conflict" as const, by: "r1", at: "2026-01-01T00:00:00Z" },
    { setId: "S", statementId: "x", label: "align" as const, by: "r1", at: "2026-01-02T00:00:00Z" },
    { setId: "S", statementId: "x", label: "align" as const, by: "r2", at: "2026-01-01T00:00:00Z" },
    { setId: "S", statementId: "y", label: "unrelated" as const, by: "r1", at: "2026-01-01T00:00:00Z" },
  ];
  const llm = [{ setId: "S", statementId: "z", label: "conflict" as const, modelId: "m" }];
  const [report] = verificationReport([set], human, llm);
  assert.equal(report?.after.align.count, 1);
  assert.equal(report?.after.labelled, 2, "the LLM label of z is not a human label");
  assert.equal(report?.agreement.items, 1);
  assert.equal(report?.llm?.comparedItems, 0);
  const html = renderTable7Block(report ? [report] : []);
  assert.match(html, /Reference &lt;b&gt;/);
  assert.ok(!html.includes("<script"));
});
