// Threads of the local model's contexts: the idle cores by default (sampled per core), an explicit
// NAVAB_LLAMA_THREADS wins.
import assert from "node:assert/strict";
import type { CpuInfo } from "node:os";
import { test } from "node:test";
import { loadSettings, SettingsError } from "../../../src/config/settings.js";
import { idleCoresBetween, llamaThreads, measureIdleCores } from "../../../src/models/local/thread-count.js";

/** A core's cumulative times: `busy` user milliseconds and `idle` idle milliseconds. */
const core = (busy: number, idle: number): CpuInfo => ({
  model: "test",
  speed: 1000,
  times: { user: busy, nice: 0, sys: 0, idle, irq: 0 },
});
const start = [core(1000, 1000), core(1000, 1000)];

test("idle cores are the summed idle fractions of the window, a core counting from 75 % idle", () => {
  assert.equal(idleCoresBetween(start, [core(1005, 1095), core(1002, 1098)], 2), 2);
  assert.equal(idleCoresBetween(start, [core(1100, 1000), core(1000, 1100)], 2), 1);
  // 0.8 + 0.95 = 1.75 idle cores → 2; 0.7 + 0.95 = 1.65 → 1.
  assert.equal(idleCoresBetween(start, [core(1020, 1080), core(1005, 1095)], 2), 2);
  assert.equal(idleCoresBetween(start, [core(1030, 1070), core(1005, 1095)], 2), 1);
});

test("a fully busy machine still gets one thread, and never more than the usable cores", () => {
  assert.equal(idleCoresBetween(start, [core(1100, 1000), core(1100, 1000)], 2), 1);
  const eight = Array.from({ length: 8 }, () => core(0, 0));
  assert.equal(
    idleCoresBetween(
      eight,
      Array.from({ length: 8 }, () => core(0, 100)),
      8,
    ),
    8,
  );
  assert.equal(
    idleCoresBetween(
      eight,
      Array.from({ length: 8 }, () => core(0, 100)),
      4,
    ),
    4,
  );
  assert.equal(idleCoresBetween(start, start, 2), 1);
});

test("an explicit thread count overrides the measured idle cores", async () => {
  assert.equal(await llamaThreads(3, async () => 1), 3);
  assert.equal(await llamaThreads(undefined, async () => 2), 2);
  const measured = await measureIdleCores(20);
  assert.ok(Number.isInteger(measured) && measured >= 1, String(measured));
});

test("NAVAB_LLAMA_THREADS is read in the settings; unset means idle cores, bad values are refused", () => {
  assert.equal(loadSettings({}).llamaThreads, undefined);
  assert.equal(loadSettings({ NAVAB_LLAMA_THREADS: "3" }).llamaThreads, 3);
  assert.throws(() => loadSettings({ NAVAB_LLAMA_THREADS: "0" }), SettingsError);
  assert.throws(() => loadSettings({ NAVAB_LLAMA_THREADS: "two" }), /NAVAB_LLAMA_THREADS/);
});
