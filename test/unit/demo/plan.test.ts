// The demo plan: typed pipeline steps in pipeline order, the model steps only when a model is wanted, every step
// after the ingest counts allowed to fail, sizes from the settings file (profiles, --set overrides) and estimates
// that follow the sizes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSettings } from "../../../src/demo/demo-settings.js";
import { demoPlan, type DemoStage } from "../../../src/demo/plan.js";

const full = demoSettings("full");
const total = (settings: ReturnType<typeof demoSettings>) =>
  demoPlan(settings).reduce((sum, step) => sum + step.estimate, 0);

test("the demo runs every stage in pipeline order, with the model steps only when a model is wanted", () => {
  const withModel = demoPlan(full);
  const order: DemoStage[] = ["setup", "ingest", "topics", "screen", "statements", "conflicts", "evaluation", "report"];
  const positions = order.map((stage) => withModel.findIndex((step) => step.stage === stage));
  assert.ok(
    positions.every((position) => position >= 0),
    `missing stage: ${order[positions.indexOf(-1)]}`,
  );
  assert.deepEqual(
    [...positions].sort((left, right) => left - right),
    positions,
  );
  const dpo = withModel.filter((step) => step.title.startsWith("DPO export"));
  assert.equal(dpo.length, 2, "DPO export of the pipeline's own triples and of the reference triples");
  assert.ok(withModel.some((step) => step.title.includes("pipeline's own triples") && step.stage === "evaluation"));
  assert.equal(withModel.at(-1)?.stage, "report", "the report comes last");
  assert.equal(withModel.filter((step) => step.title.startsWith("topics of")).length, full.nations.length);
  assert.ok(withModel.some((step) => step.title.includes("embedder sidecar")));
  const withoutModel = demoPlan({ ...full, withoutModel: true });
  assert.ok(withoutModel.every((step) => !step.needsModel));
  assert.ok(
    withoutModel.some((step) => step.stage === "conflicts") && withoutModel.some((step) => step.stage === "topics"),
  );
});

test("steps before the ingest counts must succeed; every later step may fail without stopping the demo", () => {
  const steps = demoPlan(full);
  const stats = steps.findIndex((step) => step.title === "count what landed");
  assert.ok(stats > 0);
  assert.ok(steps.slice(0, stats + 1).every((step) => step.optional !== true));
  assert.ok(steps.slice(stats + 1).every((step) => step.optional === true));
});

test("profiles come from the settings file; --set overrides a size and the estimates follow it", () => {
  const quick = demoSettings("quick");
  assert.ok(quick.articlesPerNation < full.articlesPerNation);
  assert.ok(total(quick) < total(full));
  const more = demoSettings("full", { overrides: ["articlesPerNation=20", "nations=gb,de"] });
  assert.deepEqual(more.nations, ["GB", "DE"]);
  assert.equal(more.articlesPerNation, 20);
  const perArticle = (settings: ReturnType<typeof demoSettings>) =>
    demoPlan(settings).find((step) => step.stage === "statements")?.estimate;
  assert.equal(perArticle(more), 20 * more.secondsPer.article);
  assert.throws(() => demoSettings("full", { overrides: ["articles=3"] }), /key one of/);
  assert.throws(() => demoSettings("full", { overrides: ["articlesPerNation=-1"] }), /bad --set value/);
});

test("the ablation and its step exist only when the profile asks for them", () => {
  const titles = (ablation: boolean) => demoPlan({ ...full, ablation }).map((step) => step.title);
  assert.ok(titles(true).some((title) => title.startsWith("ablation")));
  assert.ok(!titles(false).some((title) => title.startsWith("ablation")));
});
