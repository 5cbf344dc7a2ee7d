// The demo runner on made-up steps (no database, no model): the overall step counter with the time left, a failing
// optional step reported without stopping the demo, a failing required step stopping it, and the run record
// (<out>/demo-run.json) written with every step's estimate, seconds and outcome.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { readDemoRecord } from "../../../src/demo/demo-record.js";
import { demoSettings } from "../../../src/demo/demo-settings.js";
import type { DemoStep } from "../../../src/demo/plan.js";
import { runDemo } from "../../../src/demo/run-demo.js";
import type { Session } from "../../../src/pipeline/session.js";
import { InputError } from "../../../src/shared/errors.js";
import { silentProgress } from "../../../src/shared/progress.js";

function session(lines: string[]): Session {
  const home = mkdtempSync(join(tmpdir(), "navab-demo-home-"));
  return {
    settings: () => ({ ...loadSettings(), home }),
    withDatabase: () => Promise.reject(new Error("no database in this test")),
    progress: silentProgress,
    print: (line) => lines.push(line),
    log: () => {},
  };
}

const step = (title: string, estimate: number, run: () => Promise<unknown>, optional = true): DemoStep => ({
  title,
  stage: "setup",
  estimate,
  run,
  optional,
});

test("the runner counts steps with the time left, reports a failed optional step and records every step", async () => {
  const out = mkdtempSync(join(tmpdir(), "navab-demo-out-"));
  const lines: string[] = [];
  const steps = [
    step("first", 120, async () => {}),
    step("second", 60, () => Promise.reject(new InputError("no statements survived"))),
    step("third", 60, async () => {}),
  ];
  const { failed } = await runDemo(session(lines), { ...demoSettings("quick"), out }, 1, steps);
  assert.deepEqual(failed, ["second: no statements survived"]);
  assert.match(lines.join("\n"), /== step 1\/3: first — 0 s elapsed, about 4\.0 min left/);
  assert.match(lines.join("\n"), /== step 3\/3: third — /);
  const record = readDemoRecord(out);
  assert.ok(record?.finishedAt);
  assert.deepEqual(
    record.steps.map((entry) => [entry.number, entry.title, entry.estimate, entry.status]),
    [
      [1, "first", 120, "done"],
      [2, "second", 60, "failed"],
      [3, "third", 60, "done"],
    ],
  );
  assert.equal(record.profile, "quick");
});

test("a failing required step stops the demo, and the record keeps the steps that ran", async () => {
  const out = mkdtempSync(join(tmpdir(), "navab-demo-out-"));
  const steps = [
    step("database", 30, () => Promise.reject(new Error("no java")), false),
    step("never", 30, () => Promise.reject(new Error("must not run"))),
  ];
  await assert.rejects(runDemo(session([]), { ...demoSettings("quick"), out }, 1, steps), /no java/);
  assert.equal(readDemoRecord(out)?.steps.length ?? 0, 0);
});

test("a resumed demo keeps the earlier steps of the previous record", async () => {
  const out = mkdtempSync(join(tmpdir(), "navab-demo-out-"));
  const steps = [step("one", 10, async () => {}), step("two", 10, async () => {})];
  await runDemo(session([]), { ...demoSettings("quick"), out }, 1, steps);
  await runDemo(session([]), { ...demoSettings("quick"), out }, 2, steps);
  assert.deepEqual(
    readDemoRecord(out)?.steps.map((entry) => entry.title),
    ["one", "two"],
  );
});
