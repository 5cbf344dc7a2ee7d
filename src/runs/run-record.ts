// Run records: every stage execution is a (:Run) node with its config, settings version and hash, model and prompt
// versions, seed, resume rule, the process that runs it (pid, host, start time), counts and token totals, so every
// output is traceable. The stage kernel (src/kernel) writes them; stages never call these directly.
import { createHash } from "node:crypto";
import type { CypherExecutor } from "../database/executor.js";
import { integer } from "../database/values.js";
import { currentProcess } from "./process-identity.js";

export interface RunStart {
  /** Stable id; reuse it to resume or replace a run (see the stage's resume rule). */
  id: string;
  stage: string;
  config: Record<string, unknown>;
  /** `<stage>.v<N>`: the settings file the run used. */
  settingsVersion: string;
  /** Hash of the resolved settings (execution-only settings left out). */
  settingsHash: string;
  /** Prompt, model and other versions that shape the output. */
  versions: Record<string, string>;
  /** The stage's resume rule (src/kernel/stage.ts). */
  resume: string;
  seed?: number;
}

/** A short, stable hash of a configuration object (key order does not matter). */
export function configHash(config: unknown): string {
  const canonical = JSON.stringify(config, (_key, value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([left], [right]) => left.localeCompare(right)))
      : value,
  );
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}

export async function startRun(executor: CypherExecutor, run: RunStart): Promise<void> {
  const owner = currentProcess();
  await executor.write("runs/start-run", {
    id: run.id,
    stage: run.stage,
    config: JSON.stringify(run.config),
    configHash: configHash(run.config),
    settingsVersion: run.settingsVersion,
    settingsHash: run.settingsHash,
    versions: JSON.stringify(run.versions),
    resume: run.resume,
    seed: run.seed ?? null,
    pid: integer(owner.pid),
    host: owner.host,
    processStartTime: owner.startTime,
    processStartedAt: owner.startedAt,
  });
}

export async function finishRun(
  executor: CypherExecutor,
  id: string,
  /** "deferred": the run left items for the Batch API (src/llm/batch); a re-run of the same id resumes them. */
  outcome: {
    status: "done" | "failed" | "deferred";
    counts?: Record<string, number>;
    error?: string;
    warnings?: string[];
  },
): Promise<void> {
  await executor.write("runs/finish-run", {
    id,
    status: outcome.status,
    counts: JSON.stringify(outcome.counts ?? {}),
    error: outcome.error ?? null,
    warnings: outcome.warnings ?? [],
  });
}

/** The settings hash recorded for a run id, if that run exists. */
export async function recordedSettings(
  executor: CypherExecutor,
  id: string,
): Promise<{ settingsVersion: string | null; settingsHash: string | null } | undefined> {
  const [row] = await executor.read<{ settingsVersion: string | null; settingsHash: string | null }>(
    "runs/run-settings",
    { id },
  );
  return row;
}
