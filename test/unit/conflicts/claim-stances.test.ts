import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalClaims } from "../../../src/conflicts/graph/canonical-claims.js";
import type { SameValuePair } from "../../../src/conflicts/graph/same-value.js";
import { judgeStances, signPairs, type ForEach } from "../../../src/conflicts/stance/claim-stances.js";
import type { AgreementJudge, JudgedStatement } from "../../../src/conflicts/stance/judges.js";
import { oracleJudges } from "../../../src/conflicts/stance/oracle-judges.js";

const forEach: ForEach = async (_step, items, work) => {
  for (const item of items) await work(item);
};
const statement = (id: string, text: string): JudgedStatement => ({ id, text, language: "en" });
const pair = (left: string, right: string): SameValuePair => ({
  left,
  right,
  similarity: 0.9,
  verifiedBy: "embedding",
  reason: "cosine",
  modelId: "fake",
  promptVersion: null,
});

// The one removal of bench/conflicts/real-report-mfa-bbc.md: two statements that agree, whose own value claims were
// phrased with opposite polarity ("child poverty is acceptable" / oppose vs "must not allow child poverty" / support).
const statements = new Map([
  ["s1", statement("s1", "The government must not allow child poverty.")],
  ["s2", statement("s2", "Child poverty is unacceptable.")],
  ["s3", statement("s3", "Some child poverty is acceptable.")],
]);

test("the most central member is the canonical claim; ties go to the smallest id", () => {
  const vectors = new Map([
    ["s1", new Float32Array([1, 0])],
    ["s2", new Float32Array([0.9, 0.1])],
    ["s3", new Float32Array([0.5, 0.5])],
  ]);
  const groups = new Map([
    ["s1", "s1"],
    ["s2", "s1"],
    ["s3", "s1"],
  ]);
  const [claim] = canonicalClaims("run", groups, vectors, "fake");
  assert.equal(claim?.statementId, "s2");
  assert.deepEqual(claim?.members, ["s1", "s2", "s3"]);
  assert.match(claim?.why ?? "", /most central of 3 members/);
});

test("statements that agree get a + link whatever their own claims' polarity; a negation gets −", async () => {
  const labels = new Map([
    ["s1", { claim: "child poverty", polarity: 1 as const }],
    ["s2", { claim: "child poverty", polarity: 1 as const }],
    ["s3", { claim: "child poverty", polarity: -1 as const }],
  ]);
  const { agreement } = oracleJudges(labels);
  const claims = [
    {
      id: "c",
      members: ["s1", "s2", "s3"],
      statementId: "s1",
      method: "central-member" as const,
      centrality: 1,
      why: "",
    },
  ];
  const stances = await judgeStances(claims, statements, agreement, forEach);
  assert.deepEqual(
    [...stances.values()].map((stance) => [stance.statementId, stance.stance]),
    [
      ["s1", "support"],
      ["s2", "support"],
      ["s3", "oppose"],
    ],
  );
  for (const method of ["stances", "pairwise"] as const) {
    const { signed } = await signPairs([pair("s1", "s2"), pair("s2", "s3")], stances, statements, {
      method,
      judge: agreement,
      forEach,
    });
    assert.deepEqual(
      signed.map((row) => [row.left, row.right, row.sign, row.signedBy]),
      [
        ["s1", "s2", 1, method],
        ["s2", "s3", -1, method],
      ],
    );
  }
});

test("a failed or different-claim judgment leaves the member neutral, and its pairs unlinked", async () => {
  const judge: AgreementJudge = {
    modelId: "fake",
    promptVersion: "fake.v1",
    async agreement(first) {
      return first.id === "s2"
        ? { ok: false, error: "malformed" }
        : { ok: true, verdict: "different-claim", reason: "" };
    },
  };
  const claims = [
    {
      id: "c",
      members: ["s1", "s2", "s3"],
      statementId: "s1",
      method: "central-member" as const,
      centrality: 1,
      why: "",
    },
  ];
  const stances = await judgeStances(claims, statements, judge, forEach);
  assert.deepEqual(
    [stances.get("s2")?.stance, stances.get("s2")?.verdict, stances.get("s3")?.stance],
    ["neutral", "failed", "neutral"],
  );
  const result = await signPairs([pair("s1", "s2"), pair("s1", "s3")], stances, statements, {
    method: "stances",
    judge,
    forEach,
  });
  assert.deepEqual([result.signed.length, result.neutral], [0, 2]);
});
