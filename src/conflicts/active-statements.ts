// The statements a conflict run kept: the triple builder's input "with conflict reduction" (paper Table 3).
import type { CypherExecutor } from "../database/executor.js";

/** Ids of the statements judged by conflict run `runId` that none of its cycles deactivated, sorted. */
export async function activeStatements(executor: CypherExecutor, runId: string): Promise<string[]> {
  const rows = await executor.read<{ id: string }>("conflicts/active-statements", { runId });
  return rows.map((row) => row.id);
}
