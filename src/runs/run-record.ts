// Run records: every stage execution is a (:Run) node with config, versions and counts, so outputs are traceable.
import { createHash } from "node:crypto";
import type { CypherExecutor } from "../database/executor.js";

export interface RunStart {
  /** Stable id; reuse it to resume a crashed run (stages skip items already done). */
  id: string;
  stage: string;
  config: Record<string, unknown>;
  /** Prompt, rubric, settings and model versions that shape the output. */
  versions: Record<string, string>;
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
  await executor.write("runs/start-run", {
    id: run.id,
    stage: run.stage,
    config: JSON.stringify(run.config),
    configHash: configHash(run.config),
    versions: JSON.stringify(run.versions),
    seed: run.seed ?? null,
  });
}

export async function finishRun(
  executor: CypherExecutor,
  id: string,
  outcome: { status: "done" | "failed"; counts?: Record<string, number>; error?: string },
): Promise<void> {
  await executor.write("runs/finish-run", {
    id,
    status: outcome.status,
    counts: JSON.stringify(outcome.counts ?? {}),
    error: outcome.error ?? null,
  });
}
