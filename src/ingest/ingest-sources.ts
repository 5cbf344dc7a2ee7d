// The ingest stage core: streams every file of every source through its format's reader, prepares rows record by
// record and writes them in bounded batches (one written while the next is prepared); records the (:Run) and returns
// the summary. A bad record — or a whole bad file — is quarantined, never fatal.
import { randomUUID } from "node:crypto";
import { FORMATS, type CorpusFormat, type FormatName } from "../../ingest/formats.js";
import type { FieldMapping } from "../../ingest/field-mapping.js";
import type { CypherExecutor } from "../database/executor.js";
import { finishRun, startRun } from "../runs/run-record.js";
import { InputError } from "../shared/errors.js";
import type { ProgressReporter } from "../shared/progress.js";
import type { SourceDefaults } from "./corpora-layout.js";
import type { SourceFileName } from "./files.js";
import { addRecord } from "./prepare.js";
import { PreparedRows } from "./prepared-rows.js";
import { readSourceFile } from "./read-file.js";
import { INGEST_SETTINGS, type IngestSettings } from "./settings.js";
import { SummaryCounter, type IngestSummary } from "./summary.js";
import { createBatchWriter, type WriteResult } from "./write-graph.js";

export const READERS_VERSION = "ingest-readers/2";

export interface IngestOptions extends Pick<
  IngestSettings,
  | "batchSize"
  | "batchBytes"
  | "maximumFileBytes"
  | "maximumRecordBytes"
  | "streamChunkBytes"
  | "previewRecords"
  | "previewQuarantined"
> {
  /** Reuse to resume or re-run under a known id; default a fresh `ingest-<time>-<random>`. */
  runId?: string;
  /** Read and prepare only; write nothing and need no database (`navab ingest --dry-run`, benchmarks). */
  dryRun: boolean;
  /** Prefix for every id written (Article, Outlet, SourceFile, Speaker): a separable copy, for benchmarks. */
  scope?: string;
  /** Where the generic formats find their fields (`--text-field`, `--fields mapping.json`). */
  fields?: FieldMapping;
}

const { version: _version, source: _source, ...settingDefaults } = INGEST_SETTINGS;
export const DEFAULTS: IngestOptions = { ...settingDefaults, dryRun: false };

export interface IngestDependencies {
  /** Needed unless the run is a dry run. */
  executor?: CypherExecutor;
  progress: ProgressReporter;
}

export interface SourceFile {
  path: string;
  name: SourceFileName;
}

export interface Source {
  files: SourceFile[];
  format: FormatName;
  defaults: SourceDefaults;
}

/** Notes of one kind listed for this many files, then counted. */
const NOTES_LISTED = 20;

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
  if (!options.dryRun && executor === undefined)
    throw new InputError("ingest: no database given; connect one, or use a dry run");
  if (executor !== undefined && !options.dryRun)
    await startRun(executor, {
      id: runId,
      stage: "ingest",
      config: { ...extra.config, batchSize: options.batchSize },
      versions: { readers: READERS_VERSION, settings: INGEST_SETTINGS.version },
    });
  const counter = new SummaryCounter();
  const writer =
    executor === undefined || options.dryRun
      ? undefined
      : createBatchWriter({ executor, runId, batchSize: options.batchSize, counter });
  try {
    const rows = new PreparedRows(options.scope, options);
    const flush = async (): Promise<void> => {
      const batch = rows.take();
      if (writer === undefined) counter.add(batch.tallies, new Set());
      else await writer.send(batch);
    };
    const notes: string[] = [];
    let files = 0;
    const total = sources.reduce((sum, source) => sum + source.files.length, 0);
    progress.start("ingesting files", total);
    for (const source of sources) {
      const format: CorpusFormat = FORMATS[source.format];
      for (const { path, name } of source.files) {
        const file = {
          id: rows.scoped(name.id),
          path: name.path,
          format: source.format,
          defaults: source.defaults,
          questions: new Map(),
        };
        rows.addFile({ id: file.id, path: file.path, format: source.format });
        const reading = readSourceFile(
          path,
          format,
          options,
          format.mapsFields && options.fields ? { fields: options.fields } : {},
        );
        for await (const output of reading.outputs) {
          addRecord(rows, file, output);
          const batch = rows.batch;
          if (batch.tallies.length >= options.batchSize || batch.textBytes >= options.batchBytes) await flush();
        }
        const fileNotes = reading.notes();
        if (fileNotes.length > 0) notes.push(`${name.path}: ${fileNotes.join("; ")}`);
        files += 1;
        progress.update(files);
      }
    }
    await flush();
    progress.stop();
    const written: WriteResult =
      writer === undefined ? { quarantineNew: 0, quarantineCleared: 0, outletNotes: [] } : await writer.done();
    const summary: IngestSummary = {
      runId,
      dryRun: options.dryRun,
      files,
      total: counter.total,
      byNation: counter.byNation,
      byOutlet: counter.byOutlet,
      quarantineNew: writer === undefined ? sumOf(counter.total.quarantined) : written.quarantineNew,
      quarantineCleared: written.quarantineCleared,
      skippedFolders: extra.skippedFolders ?? [],
      notes: [
        ...notes.slice(0, NOTES_LISTED),
        ...(notes.length > NOTES_LISTED ? [`… and ${notes.length - NOTES_LISTED} more files with notes`] : []),
        ...(options.scope === undefined ? written.outletNotes : []),
      ],
      preview: rows.preview,
      seconds: (performance.now() - started) / 1000,
    };
    if (executor !== undefined && !options.dryRun) {
      const { quarantined, ...counts } = summary.total;
      await finishRun(executor, runId, {
        status: "done",
        counts: { ...counts, quarantined: sumOf(quarantined), files, quarantineCleared: summary.quarantineCleared },
      });
    }
    return summary;
  } catch (error) {
    await writer?.done().catch(() => undefined);
    if (executor !== undefined && !options.dryRun)
      await finishRun(executor, runId, { status: "failed", error: (error as Error).message }).catch(() => undefined);
    throw error;
  }
}

const sumOf = (counts: Record<string, number>): number => Object.values(counts).reduce((sum, count) => sum + count, 0);
