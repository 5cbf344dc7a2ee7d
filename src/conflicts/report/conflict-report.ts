// Stage: the conflict-reduction report — per-round counts (claims, contested claims, cycles, links deactivated), link
// counts by kind, a sample of removed statements with the cycles that removed them and of contested claims — as
// data and as self-contained Markdown.
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { RoundCounts } from "../reduction/round-writer.js";
import { linkPrefix } from "../reduction/link-store.js";
import { renderMarkdown } from "./render-markdown.js";

export interface RemovedStatement {
  statementId: string;
  text: string | null;
  valueClaim: string | null;
  stance: string | null;
  articleTitle: string | null;
  round: number;
  reason: string;
  cycleId: string;
  cycleLength: number;
  dominantStance: string;
  memberTitles: string[];
}

export interface ContestedClaim {
  claim: string;
  text: string | null;
  support: number;
  oppose: number;
  share: number;
  pValue: number;
}

export interface ConflictReport {
  runId: string;
  rounds: (RoundCounts & { backend: string })[];
  links: { kind: string; total: number; active: number }[];
  removed: RemovedStatement[];
  contested: ContestedClaim[];
  /** Warnings of the graph build and the reduction Runs. */
  warnings: string[];
  markdown: string;
}

export async function conflictReport(
  input: { runId: string },
  options: { sample?: number },
  dependencies: { executor: CypherExecutor },
): Promise<ConflictReport> {
  const { executor } = dependencies;
  const rounds = await executor.read<RoundCounts & { backend: string }>("conflicts/report-rounds", {
    runId: input.runId,
  });
  const links = await executor.read<{ kind: string; total: number; active: number }>("conflicts/report-links", {
    prefix: linkPrefix(input.runId),
  });
  const removed = await executor.read<RemovedStatement>("conflicts/report-removed", {
    runId: input.runId,
    limit: integer(options.sample ?? 10),
  });
  const contested = await executor.read<ContestedClaim>("conflicts/report-contested", {
    runId: input.runId,
    limit: integer(options.sample ?? 10),
  });
  const warnings = await executor.read<{ warning: string }>("conflicts/report-warnings", { runId: input.runId });
  const report = {
    runId: input.runId,
    rounds,
    links,
    removed,
    contested,
    warnings: warnings.map((row) => row.warning),
  };
  return { ...report, markdown: renderMarkdown(report) };
}
