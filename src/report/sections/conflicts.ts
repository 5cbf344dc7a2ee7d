// Conflict reduction of the run (NaVAB §3.3): per-round numbers of the demo's conflict run (communities, active
// links, claims and contested claims, conflicting cycles found, links and statements removed, statements kept), its
// links by kind, and what each conflict run keeps (the reduced variant and the ablation).
import { linkPrefix } from "../../conflicts/reduction/link-store.js";
import { variantCounts, type VariantCounts } from "../../conflicts/variants.js";
import { count, escapeHtml, table } from "../html.js";
import { defineSection, type ReportContext } from "../section.js";

interface RoundRow {
  round: number;
  communities: number | null;
  activeLinks: number | null;
  claims: number;
  contestedClaims: number;
  cyclesFound: number;
  linksDeactivated: number;
  statementsDeactivated: number | null;
  statementsActive: number;
  seconds: number | null;
  backend: string | null;
}

async function load(context: ReportContext) {
  const executor = context.executor;
  if (!executor) return undefined;
  const rounds = await executor.read<RoundRow>("conflicts/report-rounds", { runId: context.conflictRuns.reduced });
  const links = await executor.read<{ kind: string; total: number; active: number }>("conflicts/report-links", {
    prefix: linkPrefix(context.conflictRuns.reduced),
  });
  const variants: [string, VariantCounts][] = [];
  for (const runId of Object.values(context.conflictRuns)) {
    const counts = await variantCounts(executor, runId);
    if (counts.judged > 0) variants.push([runId, counts]);
  }
  if (rounds.length === 0 && variants.length === 0) return undefined;
  return { rounds, links, variants };
}

export const conflictsSection = defineSection({
  id: "conflicts",
  title: "Conflict reduction: per-round numbers",
  producedBy: "`navab conflicts run` (demo step conflict reduction)",
  load,
  render({ rounds, links, variants }, context) {
    const roundTable = table(
      [
        "round",
        "communities",
        "active links",
        "claims",
        "contested claims",
        "cycles found",
        "links removed",
        "statements removed",
        "statements kept",
        "seconds",
        "search",
      ],
      rounds.map((row) => [
        String(row.round),
        count(row.communities),
        count(row.activeLinks),
        count(row.claims),
        count(row.contestedClaims),
        count(row.cyclesFound),
        count(row.linksDeactivated),
        count(row.statementsDeactivated),
        count(row.statementsActive),
        row.seconds === null ? "–" : row.seconds.toFixed(1),
        escapeHtml(row.backend ?? "–"),
      ]),
      "rounds",
    );
    const linkTable =
      links.length === 0
        ? "<p>No LINK edges stored for this conflict run.</p>"
        : table(
            ["link kind", "links", "active after reduction"],
            links.map((row) => [escapeHtml(row.kind), count(row.total), count(row.active)]),
            "links",
          );
    const variantTable =
      variants.length === 0
        ? "<p>No statements judged by these conflict runs.</p>"
        : table(
            ["conflict run", "statements judged", "kept", "triples", "triples kept", "auditor"],
            variants.map(([runId, counts]) => [
              escapeHtml(runId),
              count(counts.judged),
              count(counts.kept),
              count(counts.triples),
              count(counts.keptTriples),
              `<a href="${escapeHtml(context.serveUrl)}/ui/auditor.html">cycles in the auditor</a>`,
            ]),
            "variants",
          );
    return `${roundTable}${linkTable}${variantTable}<p class="small">The full conflict report with sample cycles: <a href="conflicts.md">conflicts.md</a>.</p>`;
  },
});
