// One self-contained HTML page per topic scope: the scatter, the top topics (label, keywords, size, how labelled)
// and the outlier share before and after InsTag.
import type { InstagSummary } from "../stage/types.js";
import { escapeHtml } from "./html.js";
import { scatterSvg, topicColor, type ScatterPoint } from "./scatter-svg.js";

export interface ReportTopic {
  rank: number;
  method: string;
  label: string;
  labelSource: string;
  keywords: string[];
  size: number;
}

export interface ReportPage {
  scope: string;
  runId: string;
  embeddingModel: string;
  minClusterSize: number;
  outlierShareBefore: number;
  outlierShareAfter: number;
  /** What InsTag did (rounds, merges), when it ran. */
  instag?: InstagSummary;
  points: ScatterPoint[];
  topics: ReportTopic[];
  /** How many topics the table lists (default 20). */
  top?: number;
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** One line on InsTag's rounds: how many outliers joined by their tags and by the nearest tag topic, and why it stopped. */
function instagLine(instag: InstagSummary | undefined): string {
  if (instag === undefined) return '<p class="meta">InsTag did not run (no chat model).</p>';
  const sum = (pick: (round: InstagSummary["rounds"][number]) => number) =>
    instag.rounds.reduce((total, round) => total + pick(round), 0);
  const merged = instag.merges.filter((merge) => merge.merged).length;
  return (
    `<p class="meta">InsTag: ${instag.rounds.length} round(s), ${sum((round) => round.taggedDocuments)} outliers tagged; ` +
    `${sum((round) => round.assignedByTag)} joined a tag topic by their tags, ${sum((round) => round.assignedByNearest)} by the nearest tag topic; ` +
    `${merged} of ${instag.merges.length} similar-tag groups merged; stopped: ${escapeHtml(instag.stoppedBecause)} (${instag.seconds} s).</p>`
  );
}

export function renderReportPage(page: ReportPage): string {
  const labels = new Map(page.topics.map((topic) => [topic.rank, topic.label]));
  const rows = page.topics
    .slice(0, page.top ?? 20)
    .map(
      (topic) =>
        `<tr><td><span class="swatch" style="background:${topicColor(topic.rank)}"></span>${topic.rank}</td><td>${escapeHtml(topic.label)}</td>` +
        `<td>${escapeHtml(topic.keywords.join(", "))}</td><td>${topic.size}</td><td>${escapeHtml(topic.method)}</td><td>${escapeHtml(topic.labelSource)}</td></tr>`,
    );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>navab topics — ${escapeHtml(page.scope)}</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin-top:16px}td,th{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}
.swatch{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:6px}.meta{color:#666}</style></head>
<body><h1>Topics of ${escapeHtml(page.scope)}</h1>
<p class="meta">run ${escapeHtml(page.runId)} · ${page.points.length} articles · embeddings ${escapeHtml(page.embeddingModel)} · min cluster size ${page.minClusterSize}</p>
<p>Outliers (grey): <strong>${percent(page.outlierShareBefore)}</strong> after HDBSCAN, <strong>${percent(page.outlierShareAfter)}</strong> after InsTag.</p>
${instagLine(page.instag)}
${scatterSvg(page.points, labels)}
<table><thead><tr><th>#</th><th>label</th><th>keywords</th><th>size</th><th>method</th><th>label from</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table></body></html>
`;
}
