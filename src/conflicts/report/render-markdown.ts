// Markdown rendering of a conflict report: warnings, per-round table (claims, contested claims, seeds, cycles, links
// deactivated), links by kind, removed statements with their cycles, contested claims with their counts.
import type { ConflictReport } from "./conflict-report.js";

const cell = (value: unknown): string =>
  String(value ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\s+/g, " ")
    .trim();
const clip = (text: string | null, length: number): string =>
  text && text.length > length ? `${text.slice(0, length)}…` : (text ?? "");

const ROUND_COLUMNS = [
  "round",
  "communities",
  "active links",
  "claims",
  "contested claims",
  "seeds (− links off the dominant stance)",
  "unbalanced cycles",
  "links deactivated",
  "statements deactivated",
  "statements kept",
  "seconds",
  "backend",
];

export function renderMarkdown(report: Omit<ConflictReport, "markdown">): string {
  const lines = [`# Conflict reduction report: ${report.runId}`, ""];
  for (const warning of report.warnings) lines.push(`> **Warning:** ${cell(warning)}`, "");
  lines.push("## Rounds", "", `| ${ROUND_COLUMNS.join(" | ")} |`, `|${"---|".repeat(ROUND_COLUMNS.length)}`);
  for (const round of report.rounds) {
    const values = [
      round.round,
      round.communities,
      round.activeLinks,
      round.claims,
      round.contestedClaims,
      round.seeds,
      round.cyclesFound,
      round.linksDeactivated,
      round.statementsDeactivated,
      round.statementsActive,
      round.seconds,
      round.backend,
    ];
    lines.push(`| ${values.map(cell).join(" | ")} |`);
  }
  if (report.rounds.length === 0)
    lines.push("", "No reduction rounds recorded for this run (built without conflict reduction?).");
  lines.push("", "## Links", "", "| kind | total | active |", "|---|---|---|");
  for (const link of report.links) lines.push(`| ${cell(link.kind)} | ${link.total} | ${link.active} |`);
  lines.push("", `## Removed statements (sample of ${report.removed.length})`, "");
  for (const removed of report.removed) {
    lines.push(`### Round ${removed.round}: ${cell(clip(removed.text, 200))}`, "");
    lines.push(
      `- canonical claim: ${cell(clip(removed.valueClaim, 160))}; stance toward it: **${cell(removed.stance)}**; article: ${cell(removed.articleTitle)}`,
    );
    lines.push(`- why: ${cell(removed.reason)}`);
    lines.push(
      `- cycle \`${removed.cycleId}\` (${removed.cycleLength} links, dominant stance ${cell(removed.dominantStance)}):`,
    );
    lines.push(`  ${removed.memberTitles.map((title) => cell(clip(title, 60))).join(" → ")} → (back to start)`, "");
  }
  lines.push(`## Contested claims, round 1 (sample of ${report.contested.length})`, "");
  if (report.contested.length > 0)
    lines.push("| canonical claim | support | oppose | majority share | p |", "|---|---|---|---|---|");
  for (const claim of report.contested) {
    const values = [clip(claim.text, 120), claim.support, claim.oppose, claim.share.toFixed(2)];
    lines.push(`| ${values.map(cell).join(" | ")} | ${claim.pValue.toPrecision(2)} |`);
  }
  return `${lines.join("\n")}\n`;
}
