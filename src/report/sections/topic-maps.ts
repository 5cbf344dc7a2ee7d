// Topic maps of the run (like NaVAB Figure 3): the newest 2-d map of every topic scope as a small inline SVG
// scatter (thinned to a fixed number of dots), its topics, and links to the full topic page and the topic UI.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { scatterSvg, type ScatterPoint } from "../../topics/report/scatter-svg.js";
import { reportFileName } from "../../topics/report/write-reports.js";
import { count, escapeHtml } from "../html.js";
import { defineSection, type ReportContext } from "../section.js";

const MAXIMUM_DOTS = 1200;

interface MapRow {
  runId: string;
  scope: string;
  nation: string | null;
  x: number[];
  y: number[];
  topicRanks: number[];
  outlierShareAfter: number;
}

interface TopicRow {
  rank: number;
  label: string;
  size: number;
}

function thinned(map: MapRow, labels: Map<number, string>): ScatterPoint[] {
  const step = Math.max(1, Math.ceil(map.x.length / MAXIMUM_DOTS));
  const points: ScatterPoint[] = [];
  for (let index = 0; index < map.x.length; index += step) {
    const topic = map.topicRanks[index] ?? -1;
    points.push({ x: map.x[index] ?? 0, y: map.y[index] ?? 0, topic, title: labels.get(topic) ?? "outlier" });
  }
  return points;
}

async function load(context: ReportContext) {
  const executor = context.executor;
  if (!executor) return undefined;
  const maps = await executor.read<MapRow>("topics/latest-maps", { runId: null });
  if (maps.length === 0) return undefined;
  const figures = [];
  for (const map of maps) {
    const topics = await executor.read<TopicRow>("topics/run-topics", { runId: map.runId, scope: map.scope });
    const labels = new Map(topics.map((topic) => [topic.rank, topic.label]));
    const page = join("topics", reportFileName(map.scope));
    figures.push({
      map,
      topics,
      svg: scatterSvg(thinned(map, labels), labels, 320),
      page: existsSync(join(context.out, page)) ? page : undefined,
    });
  }
  return figures;
}

export const topicMapsSection = defineSection({
  id: "topics",
  title: "Topic maps per nation",
  producedBy: "`navab topics run` (demo steps topics of …)",
  load,
  render(figures, context) {
    const items = figures.map(({ map, topics, svg, page }) => {
      const top = topics
        .slice(0, 5)
        .map((topic) => `${escapeHtml(topic.label)} (${count(topic.size)})`)
        .join("; ");
      const links = [
        page ? `<a href="${escapeHtml(page)}">topic page</a>` : "",
        map.nation
          ? `<a href="${escapeHtml(context.serveUrl)}/ui/topics.html?nation=${encodeURIComponent(map.nation)}">topic UI</a>`
          : "",
      ].filter((link) => link !== "");
      return `<figure data-scope="${escapeHtml(map.scope)}">${svg}<figcaption><b>${escapeHtml(map.scope)}</b>: ${count(map.x.length)} articles, ${count(topics.length)} topics, ${(map.outlierShareAfter * 100).toFixed(0)}% outliers; ${links.join(" · ")}<br><span class="small">${top}</span></figcaption></figure>`;
    });
    return `<div class="maps">${items.join("")}</div>`;
  },
});
