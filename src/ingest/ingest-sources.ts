// The ingest stage core: reads every file of every source with its format's reader, prepares rows, and queues each
// batch of new rows for writing while it reads on; records the (:Run) and returns the summary. A bad record is
// quarantined, never fatal.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";
import { FORMATS, type FormatName } from "../../ingest/formats.js";
import type { CypherExecutor } from "../database/executor.js";
import { finishRun, startRun } from "../runs/run-record.js";
import type { ProgressReporter } from "../shared/progress.js";
import type { SourceDefaults } from "./corpora-layout.js";
import { fileId } from "./files.js";
import { addRecords, PreparedRows } from "./prepare.js";
import type { SourceFileRow } from "./rows.js";
import { summarize, type IngestSummary } from "./summary.js";
import { createWriteQueue } from "./write-graph.js";

export const READERS_VERSION = "ingest-readers/1";

export interface IngestOptions {
  /** Rows per write transaction. */
  batchSize: number;
  /** Reuse to resume or re-run under a known id; default a fresh `ingest-<time>-<random>`. */
  runId?: string;
  /** Read and prepare only; write nothing (for benchmarks and dry runs). */
  dryRun: boolean;
  /** Prefix for every id written (Article, Outlet, SourceFile, Speaker): a separable copy, for benchmarks. */
  scope?: string;
}

export const DEFAULTS: IngestOptions = { batchSize: 2000, dryRun: false };

export interface IngestDependencies {
  executor: CypherExecutor;
  progress: ProgressReporter;
}

export interface Source {
  /** Files of this source, with the root their ids are relative to. */
  files: string[];
  root: string;
  format: FormatName;
  defaults: SourceDefaults;
}

export async function ingestSources(
  sources: readonly Source[],
  partial: Partial<IngestOptions>,
  dependencies: IngestDependencies,
  extra: { config: Record<string, unknown>; skippedFolders?: string[] },
): Promise<IngestSummary> {
  const options = { ...DEFAULTS, ...partial };
  const runId = options.runId ?? `ingest-${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 6)}`;
  const started = performance.now();
  const { executor, progress } = dependencies;
  if (!options.dryRun)
    await startRun(executor, {
      id: runId,
      stage: "ingest",
      config: { ...extra.config, batchSize: options.batchSize },
      versions: { readers: READERS_VERSION },
    });
  try {
    const rows = new PreparedRows(options.scope);
    const files: SourceFileRow[] = [];
    const articlesWritten = { count: 0, reporting: false };
    const onArticles = (count: number): void => {
      articlesWritten.count = count;
      if (articlesWritten.reporting) progress.update(count);
    };
    const queue = options.dryRun
      ? undefined
      : createWriteQueue({ executor, runId, batchSize: options.batchSize, onArticles });
    const total = sources.reduce((sum, source) => sum + source.files.length, 0);
    progress.start("ingesting files", total);
    for (const source of sources) {
      for (const path of source.files) {
        const id = rows.scoped(fileId(path, source.root));
        files.push({ id, path, format: source.format });
        const outputs = FORMATS[source.format].reader({ path, bytes: readFileSync(path) });
        addRecords(rows, { fileId: id, format: source.format, defaults: source.defaults }, outputs);
        if (queue !== undefined && queue.pendingArticles(rows) >= options.batchSize) queue.send(rows, files);
        progress.update(files.length);
        await nextTurn(); // lets queued writes go out between files
      }
      queue?.send(rows, files);
    }
    progress.stop();
    if (queue !== undefined) {
      progress.start("writing articles", rows.articles.size);
      progress.update(articlesWritten.count);
      articlesWritten.reporting = true;
    }
    const written =
      queue === undefined
        ? { existingArticles: new Set<string>(), quarantineNew: rows.quarantine.length }
        : await queue.done().finally(() => progress.stop());
    const summary: IngestSummary = {
      runId,
      files: files.length,
      ...summarize(rows, written.existingArticles),
      quarantineNew: written.quarantineNew,
      skippedFolders: extra.skippedFolders ?? [],
      seconds: (performance.now() - started) / 1000,
    };
    if (!options.dryRun) {
      const { quarantined, ...counts } = summary.total;
      const quarantinedTotal = Object.values(quarantined).reduce((sum, count) => sum + count, 0);
      await finishRun(executor, runId, {
        status: "done",
        counts: { ...counts, quarantined: quarantinedTotal, files: files.length },
      });
    }
    return summary;
  } catch (error) {
    if (!options.dryRun)
      await finishRun(executor, runId, { status: "failed", error: (error as Error).message }).catch(() => undefined);
    throw error;
  }
}
