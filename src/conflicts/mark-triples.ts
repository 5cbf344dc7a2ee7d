// Carries a conflict run's verdict onto the triples: Triple.conflictReduced says whether its statement survived,
// so evaluation and DPO export can compare with and without conflict reduction (paper Table 3).
import type { CypherExecutor } from "../database/executor.js";

export interface TripleMarking {
  marked: number;
  kept: number;
}

export async function markConflictReducedTriples(executor: CypherExecutor, runId: string): Promise<TripleMarking> {
  const [row] = await executor.write<TripleMarking>("conflicts/mark-triples", { runId });
  return { marked: row?.marked ?? 0, kept: row?.kept ?? 0 };
}
