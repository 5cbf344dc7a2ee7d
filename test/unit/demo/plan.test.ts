// The demo plan: typed pipeline steps in pipeline order, the model steps only when a model is wanted, and every
// step after the ingest counts allowed to fail without stopping the demo.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DEMO_DEFAULTS, DEMO_NATIONS, demoPlan, type DemoStage } from "../../../src/demo/plan.js";

test("the demo runs every stage in pipeline order, with the model steps only when a model is wanted", () => {
  const withModel = demoPlan(DEMO_DEFAULTS);
  const order: DemoStage[] = ["setup", "ingest", "topics", "screen", "statements", "conflicts", "evaluation"];
  const positions = order.map((stage) => withModel.findIndex((step) => step.stage === stage));
  assert.ok(
    positions.every((position) => position >= 0),
    `missing stage: ${order[positions.indexOf(-1)]}`,
  );
  assert.deepEqual(
    [...positions].sort((left, right) => left - right),
    positions,
  );
  const dpo = withModel.findIndex((step) => step.title.startsWith("DPO export"));
  assert.ok(dpo > withModel.findIndex((step) => step.stage === "evaluation"), "DPO export comes last");
  assert.equal(withModel.filter((step) => step.stage === "topics" && step.title.startsWith("topics of")).length, 5);
  assert.equal(DEMO_NATIONS.length, 5);
  assert.ok(
    withModel.every((step) => typeof step.run === "function"),
    "every step is typed code",
  );
  const withoutModel = demoPlan({ ...DEMO_DEFAULTS, withoutModel: true });
  assert.ok(withoutModel.every((step) => !step.needsModel));
  assert.ok(
    withoutModel.some((step) => step.stage === "conflicts") && withoutModel.some((step) => step.stage === "topics"),
  );
});

test("steps before the ingest counts must succeed; every later step may fail without stopping the demo", () => {
  const steps = demoPlan(DEMO_DEFAULTS);
  const stats = steps.findIndex((step) => step.title === "count what landed");
  assert.ok(stats > 0);
  assert.ok(steps.slice(0, stats + 1).every((step) => step.optional !== true));
  assert.ok(steps.slice(stats + 1).every((step) => step.optional === true));
});

test("the demo's sizes come from its settings file", () => {
  assert.deepEqual(
    { ...DEMO_DEFAULTS },
    { out: "out/demo", articlesPerNation: 6, instagPerNation: 24, evaluationLimit: 20, withoutModel: false },
  );
});
