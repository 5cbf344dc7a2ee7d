// Planted conflicts in real sentences (issue 14 acceptance): with the label-reading judge, the reduction removes the
// planted deviating statements (precision and recall ≥ 0.95) and touches no consistent cycle; a judge that reads the
// labels wrongly is caught by the same scores.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { plantCorpus, plantedBench } from "../../../src/conflicts/planted/index.js";
import { HashedNgramEmbeddingModel } from "../../../src/models/embedding/hashed-ngram-embedding-model.js";
import { fixtureSession } from "../../support/fixture-session.js";

const { executor } = fixtureSession();
const reference = loadSettings().reference;
/** The hashed baseline's calibrated thresholds (embedder thresholds v1: candidate 0.16, semantic 0.15). */
const graph = { sameValue: { candidateThreshold: 0.16 }, semantic: { threshold: 0.15 } };
const dependencies = () => ({
  executor,
  models: { embedder: new HashedNgramEmbeddingModel() },
  judge: "oracle" as const,
});

test("ProbVAA planted (en): the oracle removes exactly the deviating statements and no consistent cycle", async () => {
  const result = await plantedBench(
    { set: "probvaa", referenceFolder: reference, languages: ["en"] },
    { graph },
    dependencies(),
  );
  assert.deepEqual([result.claims, result.plantedDominantClaims, result.plantedContestedClaims], [20, 16, 4]);
  assert.ok(result.precision !== null && result.precision >= 0.95, `precision ${result.precision}`);
  assert.ok(result.recall !== null && result.recall >= 0.95, `recall ${result.recall}`);
  assert.equal(result.consistentCyclesTouched, 0);
  assert.equal(result.rounds[0]?.contestedClaims, 4, "the planted 5/5 claims stay contested");
  const [row] = await executor.read<{ count: number }>("testing/conflicts/count-prefixed", {
    prefix: `${result.runId}:`,
  });
  assert.equal(row?.count, 0, "the bench removes what it wrote");
});

test("Wahl-O-Mat planted (12 theses, parties as sources): the oracle meets the same bar", async () => {
  const result = await plantedBench(
    { set: "wahlomat", referenceFolder: reference, claims: 12 },
    { graph },
    dependencies(),
  );
  assert.equal(result.claims, 12);
  assert.ok(result.plantedContestedClaims > 0 && result.plantedDominantClaims > 0);
  assert.ok(result.precision !== null && result.precision >= 0.95, `precision ${result.precision}`);
  assert.ok(result.recall !== null && result.recall >= 0.95, `recall ${result.recall}`);
  assert.equal(result.consistentCyclesTouched, 0);
});

test("the planted corpora are real sentences with the planned splits", async () => {
  const probvaa = await plantCorpus({ set: "probvaa", referenceFolder: reference, claims: 5, languages: ["en"] });
  const counts = new Map<string, [number, number]>();
  for (const statement of probvaa.statements) {
    const [support, oppose] = counts.get(statement.label.claim) ?? [0, 0];
    counts.set(statement.label.claim, statement.label.polarity > 0 ? [support + 1, oppose] : [support, oppose + 1]);
  }
  assert.deepEqual(
    [...counts.values()].map((pair) => pair.join("/")),
    ["10/2", "10/2", "2/10", "2/10", "5/5"],
  );
  const wahlomat = await plantCorpus({ set: "wahlomat", referenceFolder: reference, claims: 1 });
  const tempolimit = wahlomat.statements.filter((statement) => statement.source === "SPD");
  assert.equal(tempolimit[0]?.text, "Auf allen Autobahnen soll ein generelles Tempolimit gelten.");
  assert.equal(tempolimit[0]?.title, "Tempolimit auf Autobahnen");
});
