// Markdown rendering of a conflict report: warnings, per-round table (claims, contested claims, seeds, cycles, links
// deactivated), links by kind, removed statements with their cycles, each round's claim standings with their counts,
// and sampled statement links with both statements and the sign.
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
  lines.push(`## Claims per round (up to ${report.sample} per round)`, "");
  if (report.claims.length > 0)
    lines.push(
      "| round | canonical claim | standing | dominant stance | support | oppose | majority share | p |",
      "|---|---|---|---|---|---|---|---|",
    );
  for (const claim of report.claims) {
    const values = [claim.round, clip(claim.text ?? claim.claim, 120), claim.status, claim.dominantStance ?? "—"];
    const counts = [claim.support, claim.oppose, claim.share.toFixed(2), claim.pValue.toPrecision(2)];
    lines.push(`| ${[...values, ...counts].map(cell).join(" | ")} |`);
  }
  lines.push("", `## Statement links (sample of ${report.statementLinks.length}, disagreeing first)`, "");
  if (report.statementLinks.length > 0)
    lines.push(
      "| canonical claim | statement | stance | statement | stance | sign | active |",
      "|---|---|---|---|---|---|---|",
    );
  for (const link of report.statementLinks) {
    const sign = link.sign === null ? "unsigned" : link.sign < 0 ? "− disagree" : "+ agree";
    const values = [
      clip(link.claim, 80),
      clip(link.sourceText, 100),
      link.sourceStance,
      clip(link.targetText, 100),
      link.targetStance,
      sign,
      link.active ? "yes" : "no",
    ];
    lines.push(`| ${values.map(cell).join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}
