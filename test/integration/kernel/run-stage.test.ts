// The stage kernel on the real Neo4j: a declared stage gets its Run (settings version and hash, versions, seed,
// resume rule, pid/host/process start, counts with its token totals), fails with the error, refuses to replay a run
// id with other settings, and a Run left `running` by a dead process is marked failed on the next start.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { z } from "zod";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { runStage, type StageDefinition } from "../../../src/kernel/index.js";
import { TokenLog } from "../../../src/llm/token-log.js";
import { currentProcess } from "../../../src/runs/process-identity.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";
import { readRun } from "../../support/run-records.js";

let executor: CypherExecutor;
let root: string;
const prefix = uniqueRunId("kernel");
const schema = z.object({ size: z.number().int(), execution: z.object({ workers: z.number().int() }) });

function probe(
  work: (size: number) => void = () => {},
): StageDefinition<{ name: string }, z.infer<typeof schema>, string> {
  return {
    name: "probe",
    settings: { area: "probe", file: "probe", version: 1, schema, root },
    resume: "replay-same-settings",
    runId: (input) => `${prefix}-${input.name}`,
    versions: () => ({ model: "fake:model" }),
    describeInput: (input) => ({ name: input.name }),
    seed: () => 11,
    async run(context) {
      work(context.settings.size);
      context.counts.items = context.settings.size;
      context.llm.tokenLog?.record({
        promptId: "p",
        modelId: "m",
        cached: false,
        usage: { promptTokens: 7, completionTokens: 3 },
      });
      return context.runId;
    },
  };
}

before(async () => {
  executor = await openTestDatabase();
  root = await mkdtemp(join(tmpdir(), "navab-kernel-"));
  await mkdir(join(root, "probe", "settings"), { recursive: true });
  const file = {
    stage: "probe",
    version: 1,
    description: "a test stage",
    settings: { size: 3, execution: { workers: 1 } },
  };
  await writeFile(join(root, "probe", "settings", "probe.v1.json"), JSON.stringify(file));
});

after(async () => {
  await executor.write("testing/kernel/delete-runs", { prefix });
  await executor.close();
  await rm(root, { recursive: true, force: true });
});

test("a declared stage's Run carries settings version and hash, versions, seed, resume rule, process and counts", async () => {
  const tokenLog = new TokenLog("kernel");
  tokenLog.record({
    promptId: "earlier",
    modelId: "m",
    cached: false,
    usage: { promptTokens: 100, completionTokens: 1 },
  });
  const runId = await runStage(probe(), { name: "done" }, {}, { executor, models: {}, llm: { tokenLog } });
  const run = await readRun(executor, runId);
  assert.equal(run.stage, "probe");
  assert.equal(run.status, "done");
  assert.equal(run.settingsVersion, "probe.v1");
  assert.match(run.settingsHash ?? "", /^[0-9a-f]{16}$/);
  assert.equal(run.resume, "replay-same-settings");
  assert.equal(run.seed, 11);
  assert.deepEqual(run.versions, { settings: "probe.v1", model: "fake:model" });
  assert.deepEqual(run.config, { input: { name: "done" }, settings: { size: 3, execution: { workers: 1 } } });
  const me = currentProcess();
  assert.deepEqual(
    [run.pid, run.host, run.processStartTime, run.processStartedAt],
    [process.pid, hostname(), me.startTime, me.startedAt],
  );
  assert.match(run.processStartTime ?? "", /^\d+$/, "Linux: clock ticks after boot");
  assert.equal(run.counts.items, 3);
  assert.equal(run.counts.promptTokens, 7, "only this stage's share of a shared token log");
  const faster = await runStage(
    probe(),
    { name: "done" },
    { settings: { execution: { workers: 4 } } },
    {
      executor,
      models: {},
    },
  );
  assert.equal((await readRun(executor, faster)).settingsHash, run.settingsHash, "execution is not hashed");
  await assert.rejects(
    runStage(probe(), { name: "done" }, { settings: { size: 4 } }, { executor, models: {} }),
    /probe: run .*-done was made with other settings/,
  );
});

test("a failing stage is recorded failed with its error and counts", async () => {
  const failing = probe(() => {
    throw new Error("backend down");
  });
  await assert.rejects(runStage(failing, { name: "failed" }, {}, { executor, models: {} }), /backend down/);
  const run = await readRun(executor, `${prefix}-failed`);
  assert.deepEqual([run.status, run.error], ["failed", "backend down"]);
});

test("a Run left running by a dead process is marked failed on the next start; a live one is left alone", async () => {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  const deadPid = Number(child.stdout);
  const running = (name: string, pid: number, startTime: string | null) => ({
    id: `${prefix}-${name}`,
    pid,
    host: hostname(),
    processStartTime: startTime,
  });
  const me = currentProcess();
  await executor.write("testing/kernel/running-run", running("dead", deadPid, "1"));
  await executor.write("testing/kernel/running-run", running("reused-pid", process.pid, "1"));
  await executor.write("testing/kernel/running-run", running("alive", me.pid, me.startTime));
  const fresh = await openTestDatabase();
  try {
    await runStage(probe(), { name: "next" }, {}, { executor: fresh, models: {} });
  } finally {
    await fresh.close();
  }
  const dead = await readRun(executor, `${prefix}-dead`);
  assert.equal(dead.status, "failed");
  assert.match(dead.error ?? "", new RegExp(`abandoned: its process \\(pid ${deadPid} on .*\\) is gone`));
  assert.equal((await readRun(executor, `${prefix}-reused-pid`)).status, "failed", "a reused pid is not the owner");
  assert.equal((await readRun(executor, `${prefix}-alive`)).status, "running");
});
