// The statements a conflict run kept: the triple builder's input with conflict reduction, or (ablation,
// paper Table 3) every statement the run judged when reduction is switched off.
import type { CypherExecutor } from "../database/executor.js";

/** Ids of the statements judged by conflict run `runId` that none of its cycles deactivated, sorted. */
export async function activeStatements(executor: CypherExecutor, runId: string): Promise<string[]> {
  const rows = await executor.read<{ id: string }>("conflicts/active-statements", { runId });
  return rows.map((row) => row.id);
}

/** The ablation switch: with reduction, the kept statements; without, every statement the run judged. */
export async function statementsForTriples(
  executor: CypherExecutor,
  runId: string,
  options: { conflictReduction: boolean },
): Promise<string[]> {
  if (options.conflictReduction) return activeStatements(executor, runId);
  const rows = await executor.read<{ id: string }>("conflicts/judged-statements", { runId });
  return rows.map((row) => row.id);
}
