// Reading Run records in integration tests: the stored JSON fields parsed, and the check every stage's Run must pass.
import assert from "node:assert/strict";
import type { CypherExecutor } from "../../src/database/executor.js";

export interface StoredRun {
  id: string;
  stage: string;
  status: string;
  error: string | null;
  config: Record<string, unknown>;
  settingsVersion: string | null;
  settingsHash: string | null;
  versions: Record<string, string>;
  resume: string | null;
  seed: number | null;
  pid: number | null;
  host: string | null;
  processStartTime: string | null;
  processStartedAt: string | null;
  counts: Record<string, number>;
  warnings: string[];
}

export async function readRun(executor: CypherExecutor, id: string): Promise<StoredRun> {
  const [row] = await executor.read<Record<string, unknown>>("testing/runs/read-run", { id });
  assert.ok(row, `no Run ${id}`);
  const json = (value: unknown) => (typeof value === "string" ? (JSON.parse(value) as Record<string, never>) : {});
  const parsed = { ...row, config: json(row.config), versions: json(row.versions), counts: json(row.counts) };
  return parsed as unknown as StoredRun;
}

/** The Run of `id` was made by stage `stage` and records its settings file version and hash. */
export async function assertSettingsRecorded(executor: CypherExecutor, id: string, stage: string): Promise<StoredRun> {
  const run = await readRun(executor, id);
  assert.equal(run.stage, stage, `Run ${id} belongs to ${stage}`);
  assert.match(
    run.settingsVersion ?? "",
    new RegExp(`^${stage.replace(".", "\\.")}\\.v\\d+$`),
    `${id}: settings version`,
  );
  assert.match(run.settingsHash ?? "", /^[0-9a-f]{16}$/, `${id}: settings hash`);
  assert.equal(run.versions.settings, run.settingsVersion);
  return run;
}
