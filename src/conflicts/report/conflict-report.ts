// Stage: the conflict-reduction report — per-round counts, link counts by kind, and a sample of removed
// statements with the cycles that removed them — as data and as self-contained Markdown.
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

export interface ConflictReport {
  runId: string;
  rounds: (RoundCounts & { backend: string })[];
  links: { kind: string; total: number; active: number }[];
  removed: RemovedStatement[];
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
  const report = { runId: input.runId, rounds, links, removed };
  return { ...report, markdown: renderMarkdown(report) };
}
