// Stage: the conflict-reduction report — per-round counts (claims, contested claims, cycles, links deactivated), link
// counts by kind, a sample of removed statements with the cycles that removed them, each round's claim standings
// (dominant or contested) and a sample of statement links with both statements and the link's sign — as data and
// as self-contained Markdown.
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { RoundCounts } from "../reduction/round-writer.js";
import { linkPrefix, linkUpperBound } from "../reduction/link-store.js";
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

/** One claim's standing in one round: dominant (with the margin) or contested (nothing removed on it). */
export interface ClaimStanding {
  round: number;
  claim: string;
  text: string | null;
  status: "dominant" | "contested";
  dominantStance: string | null;
  support: number;
  oppose: number;
  share: number;
  pValue: number;
}

export interface StatementLinkSample {
  linkId: string;
  claim: string | null;
  sourceText: string | null;
  sourceStance: string | null;
  targetText: string | null;
  targetStance: string | null;
  sign: number | null;
  active: boolean;
}

export interface ConflictReport {
  runId: string;
  /** Samples hold at most this many rows (claims: per round). */
  sample: number;
  rounds: (RoundCounts & { backend: string })[];
  links: { kind: string; total: number; active: number }[];
  removed: RemovedStatement[];
  /** Up to `sample` claim standings per round. */
  claims: ClaimStanding[];
  /** Up to `sample` statement links, disagreeing (−) first. */
  statementLinks: StatementLinkSample[];
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
  const claims = await executor.read<ClaimStanding>("conflicts/report-claims", {
    runId: input.runId,
    limit: integer(options.sample ?? 10),
  });
  const statementLinks = await executor.read<StatementLinkSample>("conflicts/report-statement-links", {
    prefix: linkPrefix(input.runId),
    before: linkUpperBound(input.runId),
    limit: integer(options.sample ?? 10),
  });
  const warnings = await executor.read<{ warning: string }>("conflicts/report-warnings", { runId: input.runId });
  const report = {
    runId: input.runId,
    sample: options.sample ?? 10,
    rounds,
    links,
    removed,
    claims,
    statementLinks,
    warnings: warnings.map((row) => row.warning),
  };
  return { ...report, markdown: renderMarkdown(report) };
}
