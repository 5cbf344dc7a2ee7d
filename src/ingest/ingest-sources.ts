// The ingest stage core: streams every file of every source through its format's reader, prepares rows record by
// record and writes them in bounded batches (one written while the next is prepared) and returns the summary. A bad
// record — or a whole bad file — is quarantined, never fatal. Stage `ingest` (settings/ingest.v1.json; the kernel
// records the Run unless it is a dry run); resume rule "skip-done": articles are content-addressed, so ingesting a
// file again merges onto the same nodes.
import { FORMATS, type CorpusFormat, type FormatName } from "../../ingest/formats.js";
import type { FieldMapping } from "../../ingest/field-mapping.js";
import type { CypherExecutor } from "../database/executor.js";
import { stageFunction, type StageContext, type StageDefinition, type StageModels } from "../kernel/index.js";
import { InputError } from "../shared/errors.js";
import type { ProgressReporter } from "../shared/progress.js";
import type { SourceDefaults } from "./corpora-layout.js";
import type { SourceFileName } from "./files.js";
import { addRecord } from "./prepare.js";
import { PreparedRows } from "./prepared-rows.js";
import { readSourceFile } from "./read-file.js";
import { INGEST_SETTINGS, INGEST_SETTINGS_FILE, type IngestSettings } from "./settings.js";
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

/** The settings file's values and no dry run (the kernel merges a run's overrides over the file itself). */
export const DEFAULTS: IngestOptions = { ...INGEST_SETTINGS, dryRun: false };

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

interface IngestInput {
  sources: readonly Source[];
  config: Record<string, unknown>;
  skippedFolders?: string[];
  dryRun: boolean;
  scope?: string;
  fields?: FieldMapping;
}

/** The kernel's dependency shape: ingest uses no model and needs no database for a dry run. */
type IngestStageDependencies = IngestDependencies & { models: StageModels };

export async function ingestSources(
  sources: readonly Source[],
  partial: Partial<IngestOptions>,
  dependencies: IngestDependencies,
  extra: { config: Record<string, unknown>; skippedFolders?: string[] },
): Promise<IngestSummary> {
  const { runId, dryRun = false, scope, fields, ...overrides } = partial;
  if (!dryRun && dependencies.executor === undefined)
    throw new InputError("ingest: no database given; connect one, or use a dry run");
  const input: IngestInput = {
    sources,
    ...extra,
    dryRun,
    ...(scope === undefined ? {} : { scope }),
    ...(fields === undefined ? {} : { fields }),
  };
  return runIngest(
    input,
    { ...(runId === undefined ? {} : { runId }), settings: overrides },
    { ...dependencies, models: {} },
  );
}

async function ingest(
  context: StageContext<IngestInput, IngestSettings, IngestStageDependencies>,
): Promise<IngestSummary> {
  const { sources, ...extra } = context.input;
  const options = { ...context.settings, ...context.input };
  const runId = context.runId;
  const started = performance.now();
  const { executor, progress } = context.dependencies;
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
    const { quarantined, ...counts } = summary.total;
    Object.assign(context.counts, counts, {
      quarantined: sumOf(quarantined),
      files,
      quarantineCleared: summary.quarantineCleared,
    });
    return summary;
  } catch (error) {
    await writer?.done().catch(() => undefined);
    throw error;
  }
}

export const ingestStage: StageDefinition<IngestInput, IngestSettings, IngestSummary, IngestStageDependencies> = {
  name: "ingest",
  settings: INGEST_SETTINGS_FILE,
  resume: "skip-done",
  versions: () => ({ readers: READERS_VERSION }),
  describeInput: (input) => input.config,
  records: (input) => !input.dryRun,
  run: ingest,
};

const runIngest = stageFunction(ingestStage);

const sumOf = (counts: Record<string, number>): number => Object.values(counts).reduce((sum, count) => sum + count, 0);
