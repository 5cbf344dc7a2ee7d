// `navab topics report`: reads the newest TopicMap of every scope (or those of one run) with its topics and
// article titles from the graph and writes one HTML page per scope into the output folder.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CypherExecutor } from "../../database/executor.js";
import { InputError } from "../../shared/errors.js";
import type { InstagSummary } from "../stage/types.js";
import { renderReportPage, type ReportTopic } from "./report-page.js";

interface MapRow {
  runId: string;
  scope: string;
  articleIds: string[];
  x: number[];
  y: number[];
  topicRanks: number[];
  outlierShareBefore: number;
  outlierShareAfter: number;
  /** InsTag audit as JSON (null when InsTag did not run). */
  instag: string | null;
  embeddingModel: string;
  minClusterSize: number;
}

export function reportFileName(scope: string): string {
  return `topics-${scope.replace(/\*/g, "all").replace(/[^A-Za-z0-9._-]+/g, "_")}.html`;
}

/** Writes the pages and returns their paths. */
export async function writeTopicReports(
  executor: CypherExecutor,
  options: { out: string; runId?: string; top?: number },
): Promise<string[]> {
  const maps = await executor.read<MapRow>("topics/latest-maps", { runId: options.runId ?? null });
  if (maps.length === 0)
    throw new InputError(
      options.runId === undefined
        ? "no topic runs in the graph yet; run `navab topics run` first"
        : `no topic run ${options.runId}`,
    );
  mkdirSync(options.out, { recursive: true });
  const written: string[] = [];
  for (const map of maps) {
    const topics = await executor.read<ReportTopic>("topics/run-topics", { runId: map.runId, scope: map.scope });
    const titles = await executor.read<{ id: string; title: string }>("topics/article-titles", { ids: map.articleIds });
    const titleOf = new Map(titles.map((row) => [row.id, row.title]));
    const page = renderReportPage({
      scope: map.scope,
      runId: map.runId,
      embeddingModel: map.embeddingModel,
      minClusterSize: map.minClusterSize,
      outlierShareBefore: map.outlierShareBefore,
      outlierShareAfter: map.outlierShareAfter,
      ...(map.instag === null || map.instag === undefined ? {} : { instag: JSON.parse(map.instag) as InstagSummary }),
      topics,
      ...(options.top === undefined ? {} : { top: options.top }),
      points: map.articleIds.map((id, position) => ({
        x: map.x[position] ?? 0,
        y: map.y[position] ?? 0,
        topic: map.topicRanks[position] ?? -1,
        title: titleOf.get(id) ?? id,
      })),
    });
    const path = join(options.out, reportFileName(map.scope));
    writeFileSync(path, page);
    written.push(path);
  }
  return written;
}
