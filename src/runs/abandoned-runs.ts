// Runs left `running` by a process that died (kill -9, a crash, a power cut) would stay `running` forever: the
// kernel calls this once per database connection before its first Run and marks them failed with the reason.
import type { CypherExecutor } from "../database/executor.js";
import { processState } from "./process-identity.js";

interface RunningRow {
  id: string;
  pid: number | null;
  host: string | null;
  processStartTime: string | null;
  processStartedAt: string | null;
}

/** Marks every `running` Run whose recorded process is dead as failed; returns their ids. */
export async function failAbandonedRuns(executor: CypherExecutor): Promise<string[]> {
  const running = await executor.read<RunningRow>("runs/running-runs");
  const dead = running.filter(
    (run) => processState({ pid: run.pid, host: run.host, startTime: run.processStartTime }) === "dead",
  );
  for (const run of dead) {
    await executor.write("runs/fail-abandoned-run", {
      id: run.id,
      error: `abandoned: its process (pid ${run.pid} on ${run.host}, started ${run.processStartedAt ?? "at an unknown time"}) is gone; marked failed when the next stage started`,
    });
  }
  return dead.map((run) => run.id);
}

const swept = new WeakSet<CypherExecutor>();

/** failAbandonedRuns once per executor (the first stage of a command pays one small query). */
export async function failAbandonedRunsOnce(executor: CypherExecutor): Promise<void> {
  if (swept.has(executor)) return;
  swept.add(executor);
  await failAbandonedRuns(executor);
}
