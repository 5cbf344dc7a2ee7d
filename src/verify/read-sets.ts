// Reads a conflict run's verification sets (reference, items with their statement text) and their labels, human
// and LLM apart, as the report's inputs.
import type { CypherExecutor } from "../database/executor.js";
import type { HumanLabel, LlmLabel, ReportSet, VerificationLabel } from "./report/verification-report.js";

export interface StoredSet extends ReportSet {
  items: { statementId: string; position: number; samples: string[]; raters: string[]; text: string }[];
}

export async function readVerificationSets(
  executor: CypherExecutor,
  conflictRunId: string,
  nations?: string[],
): Promise<StoredSet[]> {
  const rows = await executor.read<{
    setId: string;
    nation: string;
    method: string;
    by: string | null;
    referenceId: string;
    referenceText: string;
    items: StoredSet["items"];
  }>("verify/read-sets", { conflictRunId, nations: nations ?? null });
  return rows.map((row) => ({
    setId: row.setId,
    nation: row.nation,
    reference: { statementId: row.referenceId, text: row.referenceText, method: row.method, by: row.by },
    items: row.items.map((item) => ({ ...item, raters: item.raters ?? [], samples: item.samples ?? [] })),
  }));
}

export async function readVerificationLabels(
  executor: CypherExecutor,
  setIds: string[],
): Promise<{ human: HumanLabel[]; llm: LlmLabel[] }> {
  const rows = await executor.read<{
    kind: "human" | "llm";
    setId: string;
    statementId: string;
    label: VerificationLabel;
    by: string | null;
    at: string;
    modelId: string | null;
  }>("verify/read-labels", { setIds });
  return {
    human: rows
      .filter((row) => row.kind === "human")
      .map((row) => ({
        setId: row.setId,
        statementId: row.statementId,
        label: row.label,
        by: row.by ?? "",
        at: row.at,
      })),
    llm: rows
      .filter((row) => row.kind === "llm")
      .map((row) => ({ setId: row.setId, statementId: row.statementId, label: row.label, modelId: row.modelId ?? "" })),
  };
}
