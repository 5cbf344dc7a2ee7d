// Markdown rendering of a conflict report (tables of rounds and links; removed statements with their cycles).
import type { ConflictReport } from "./conflict-report.js";

const cell = (value: unknown): string =>
  String(value ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\s+/g, " ")
    .trim();
const clip = (text: string | null, length: number): string =>
  text && text.length > length ? `${text.slice(0, length)}…` : (text ?? "");

export function renderMarkdown(report: Omit<ConflictReport, "markdown">): string {
  const lines = [`# Conflict reduction report: ${report.runId}`, "", "## Rounds", ""];
  lines.push(
    "| round | communities | active links | deviating links (seeds) | cycles found | links deactivated | statements deactivated | statements kept | seconds | backend |",
  );
  lines.push("|---|---|---|---|---|---|---|---|---|---|");
  for (const round of report.rounds) {
    lines.push(
      `| ${[round.round, round.communities, round.activeLinks, round.seeds, round.cyclesFound, round.linksDeactivated, round.statementsDeactivated, round.statementsActive, round.seconds, round.backend].map(cell).join(" | ")} |`,
    );
  }
  if (report.rounds.length === 0)
    lines.push("", "No reduction rounds recorded for this run (built without conflict reduction?).");
  lines.push("", "## Links", "", "| kind | total | active |", "|---|---|---|");
  for (const link of report.links) lines.push(`| ${cell(link.kind)} | ${link.total} | ${link.active} |`);
  lines.push("", `## Removed statements (sample of ${report.removed.length})`, "");
  for (const removed of report.removed) {
    lines.push(`### Round ${removed.round}: ${cell(clip(removed.text, 200))}`, "");
    lines.push(
      `- value claim: ${cell(removed.valueClaim)}; stance: **${cell(removed.stance)}**; article: ${cell(removed.articleTitle)}`,
    );
    lines.push(`- why: ${cell(removed.reason)}`);
    lines.push(
      `- cycle \`${removed.cycleId}\` (${removed.cycleLength} links, dominant stance ${cell(removed.dominantStance)}):`,
    );
    lines.push(`  ${removed.memberTitles.map((title) => cell(clip(title, 60))).join(" → ")} → (back to start)`, "");
  }
  return `${lines.join("\n")}\n`;
}
