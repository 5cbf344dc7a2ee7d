// The two variants of paper Table 3, per conflict run. A conflict run's decisions live on that run only — its scope
// `(:Statement)-[:JUDGED_IN]->(:Run {id})` and `(:ConflictCycle {runId})-[:DEACTIVATED]->(:Statement)` — and never on
// the Statement or the Triple, so any number of conflict runs and ablations coexist in one graph whatever ran last.
// With conflict reduction: the statements run X judged minus those its cycles deactivated; without (the ablation):
// every statement X judged. Triples are built once for every usable statement; consumers pick a variant by run id
// (evaluation and DPO/triple export take a conflict run; the API has Triple.keptByConflictRun).
import type { CypherExecutor } from "../database/executor.js";

/** Ids of the statements judged by conflict run `runId` that none of its cycles deactivated, sorted. */
export async function keptStatements(executor: CypherExecutor, runId: string): Promise<string[]> {
  const rows = await executor.read<{ id: string }>("conflicts/kept-statements", { runId });
  return rows.map((row) => row.id);
}

/** The statements of one variant of conflict run `runId`: kept ones with reduction, every judged one without. */
export async function statementsOfVariant(
  executor: CypherExecutor,
  runId: string,
  options: { conflictReduction: boolean },
): Promise<string[]> {
  if (options.conflictReduction) return keptStatements(executor, runId);
  const rows = await executor.read<{ id: string }>("conflicts/judged-statements", { runId });
  return rows.map((row) => row.id);
}

export interface VariantCounts {
  judged: number;
  kept: number;
  /** Triples standing on the judged statements, and on the kept ones. */
  triples: number;
  keptTriples: number;
}

export async function variantCounts(executor: CypherExecutor, runId: string): Promise<VariantCounts> {
  const [row] = await executor.read<VariantCounts>("conflicts/variant-counts", { runId });
  return row ?? { judged: 0, kept: 0, triples: 0, keptTriples: 0 };
}
