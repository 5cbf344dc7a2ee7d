// The doctor runner and its report: ready only without failures, a throwing or hanging check becomes a failure,
// the text names each fix and what blocks navab, and every real check runs against fake probes without IO.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readDoctorEnvironment } from "../../../src/config/doctor-environment.js";
import { loadSettings } from "../../../src/config/settings.js";
import { DOCTOR_CHECKS, formatDoctorReport, runDoctor, type DoctorCheck } from "../../../src/doctor/index.js";
import { fakeProbes } from "../../support/doctor-probes.js";

const context = () => ({
  settings: loadSettings({ NAVAB_HOME: "/tmp/navab-doctor" }),
  environment: readDoctorEnvironment({}),
  probes: fakeProbes(),
});
const fixed = (id: string, status: "ok" | "warn" | "fail"): DoctorCheck => ({
  id,
  run: async () => [{ title: id, status, detail: `${id} detail`, fix: `fix ${id}` }],
});

test("doctor: warnings alone are ready; a failure is not, and the summary names it", async () => {
  const warned = await runDoctor([fixed("a", "ok"), fixed("b", "warn")], context());
  assert.deepEqual([warned.ready, warned.counts], [true, { ok: 1, warn: 1, fail: 0 }]);
  const failed = await runDoctor([fixed("a", "ok"), fixed("b", "fail")], context());
  assert.equal(failed.ready, false);
  const text = formatDoctorReport(failed);
  assert.match(text, /FAIL {2}b/);
  assert.match(text, /fix: fix b/);
  assert.doesNotMatch(text, /fix: fix a/);
  assert.match(text, /1 ok, 0 warnings, 1 failure — not ready: fix b$/);
});

test("doctor: a check that throws or never answers becomes a failure, the others still run", async () => {
  const throwing: DoctorCheck = { id: "broken", run: async () => Promise.reject(new Error("boom")) };
  const hanging: DoctorCheck = { id: "slow", run: () => new Promise(() => {}) };
  const report = await runDoctor([throwing, hanging, fixed("after", "ok")], context(), { timeoutMilliseconds: 20 });
  assert.deepEqual(
    report.entries.map((entry) => [entry.check, entry.status]),
    [
      ["broken", "fail"],
      ["slow", "fail"],
      ["after", "ok"],
    ],
  );
  assert.match(report.entries[0]?.detail ?? "", /boom/);
});

test("doctor: every registered check runs on a healthy fake machine; only the absent model file warns", async () => {
  const report = await runDoctor(DOCTOR_CHECKS, context());
  assert.equal(report.ready, true);
  assert.deepEqual(
    report.entries.filter((entry) => entry.status !== "ok").map((entry) => entry.check),
    ["models"],
  );
  assert.ok(new Set(report.entries.map((entry) => entry.check)).size === DOCTOR_CHECKS.length);
});
