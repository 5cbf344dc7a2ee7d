import assert from "node:assert/strict";
import { test } from "node:test";
import { DEMO_DEFAULTS, DEMO_NATIONS, demoPlan } from "../../../src/demo/plan.js";

test("the demo runs every stage in pipeline order, with the model steps only when a model is wanted", () => {
  const withModel = demoPlan(DEMO_DEFAULTS).map((step) => step.argv.slice(0, 2).join(" "));
  const order = [
    "db start",
    "ingest --all",
    "topics run",
    "screen topics",
    "statements run",
    "conflicts run",
    "eval run",
    "export dpo",
  ];
  const positions = order.map((command) => withModel.indexOf(command));
  assert.ok(
    positions.every((position) => position >= 0),
    `missing step: ${order[positions.indexOf(-1)]}`,
  );
  assert.deepEqual(
    [...positions].sort((left, right) => left - right),
    positions,
  );
  assert.equal(withModel.filter((command) => command === "topics run").length, DEMO_NATIONS.length);
  const withoutModel = demoPlan({ ...DEMO_DEFAULTS, withoutModel: true });
  assert.ok(withoutModel.every((step) => !step.needsModel));
  assert.ok(!withoutModel.some((step) => step.argv.includes("--llm")));
});

test("steps before the ingest counts must succeed; every later step may fail without stopping the demo", () => {
  const steps = demoPlan(DEMO_DEFAULTS);
  const stats = steps.findIndex((step) => step.argv[0] === "stats");
  assert.ok(steps.slice(0, stats + 1).every((step) => step.optional !== true));
  assert.ok(steps.slice(stats + 1).every((step) => step.optional === true));
});
