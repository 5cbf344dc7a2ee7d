// The verification report of a conflict run straight from the graph (sets, human labels, LLM pre-labels), for the
// CLI and for reports that render the Table 7 block (renderTable7Block).
import type { CypherExecutor } from "../database/executor.js";
import { readVerificationLabels, readVerificationSets } from "./read-sets.js";
import { verificationReport, type NationReport } from "./report/verification-report.js";

export async function loadVerificationReport(
  executor: CypherExecutor,
  conflictRunId: string,
  nations?: string[],
): Promise<NationReport[]> {
  const sets = await readVerificationSets(executor, conflictRunId, nations);
  const labels = await readVerificationLabels(
    executor,
    sets.map((set) => set.setId),
  );
  return verificationReport(sets, labels.human, labels.llm);
}
