// Pipeline steps of the ingest stage: read news files into the graph (every known corpus folder, or one path), and
// print what landed per corpus format, nation, outlet and quarantine reason.
import type { FieldMapping } from "../../ingest/field-mapping.js";
import {
  formatPreview,
  formatSummary,
  ingestCorpora,
  ingestPath,
  type IngestDependencies,
  type IngestSummary,
} from "../ingest/index.js";
import type { Session } from "./session.js";

export type IngestSource =
  | { all: true; folders?: string[] }
  | { all?: false; path: string; format: string; nation?: string; outlet?: string; language?: string };

export interface IngestStepOptions {
  batchSize?: number;
  runId?: string;
  /** Read and check only: preview the first records and what would be quarantined; no database needed. */
  dryRun?: boolean;
  /** With dryRun: how many records to preview. */
  previewRecords?: number;
  /** Generic formats: where their fields are. */
  fields?: FieldMapping;
  json?: boolean;
  /** List every outlet in the summary. */
  outlets?: boolean;
}

export async function ingestStep(session: Session, source: IngestSource, options: IngestStepOptions = {}) {
  const dryRun = options.dryRun === true;
  const runOptions = {
    dryRun,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(dryRun && options.previewRecords !== undefined ? { previewRecords: options.previewRecords } : {}),
    ...(options.fields === undefined ? {} : { fields: options.fields }),
    ...(options.runId === undefined ? {} : { runId: options.runId }),
  };
  const run = (dependencies: IngestDependencies): Promise<IngestSummary> => {
    const settings = session.settings();
    if (source.all === true)
      return ingestCorpora(
        { root: settings.corpora, ...(source.folders ? { folders: source.folders } : {}) },
        runOptions,
        dependencies,
      );
    const input = {
      path: source.path,
      root: settings.corpora,
      format: source.format,
      ...(source.nation === undefined ? {} : { nation: source.nation }),
      ...(source.outlet === undefined ? {} : { outlet: source.outlet }),
      ...(source.language === undefined ? {} : { language: source.language }),
    };
    return ingestPath(input, runOptions, dependencies);
  };
  const summary = dryRun
    ? await run({ progress: session.progress })
    : await session.withDatabase((executor) => run({ executor, progress: session.progress }));
  if (options.json === true) {
    session.print(JSON.stringify(summary, null, 2));
    return summary;
  }
  if (dryRun) for (const line of formatPreview(summary.preview)) session.print(line);
  for (const line of formatSummary(summary, options.outlets === true)) session.print(line);
  return summary;
}

export async function statsStep(session: Session, options: { json?: boolean; outlets?: boolean } = {}): Promise<void> {
  const counts = await session.withDatabase(async (executor) => {
    // Statement counts (supportedStatements, unsupportedStatements, …) join each nation's row.
    const statements = await executor.read<{ nation: string }>("statements/count-by-nation");
    const nations = await executor.read<{ nation: string }>("ingest/count-records");
    return {
      formats: await executor.read("ingest/count-by-format"),
      nations: nations.map((row) => ({ ...row, ...statements.find((entry) => entry.nation === row.nation) })),
      outlets: await executor.read("ingest/count-articles"),
      quarantine: await executor.read("ingest/count-quarantine"),
    };
  });
  if (options.json === true) return session.print(JSON.stringify(counts, null, 2));
  session.print("format              files  records  articles  quarantined");
  for (const row of counts.formats)
    session.print(
      `${String(row.format).padEnd(18)} ${String(row.files).padStart(6)} ${String(row.records).padStart(8)} ${String(row.articles).padStart(9)} ${String(row.quarantined).padStart(12)}`,
    );
  session.print("\nnation  articles  records  files  statements supported/unsupported  source unknown");
  for (const row of counts.nations as Record<string, unknown>[])
    session.print(
      `${String(row.nation).padEnd(7)} ${String(row.articles).padStart(8)} ${String(row.records).padStart(8)} ${String(row.files).padStart(6)}  ${`${String(row.supportedStatements ?? 0)}/${String(row.unsupportedStatements ?? 0)}`.padStart(32)}  ${String(row.unknownSourceStatements ?? 0).padStart(14)}  ${String(row.name)}`,
    );
  if (options.outlets === true) session.print("\nnation  kind       articles  outlet (country)");
  for (const row of options.outlets === true ? counts.outlets : [])
    session.print(
      `${String(row.nation).padEnd(7)} ${String(row.kind).padEnd(10)} ${String(row.articles).padStart(8)}  ${String(row.outlet)} (${String(row.country)})`,
    );
  session.print("\nquarantined records");
  for (const row of counts.quarantine)
    session.print(
      `${String(row.reason).padEnd(16)} ${String(row.format).padEnd(16)} ${String(row.records).padStart(6)}`,
    );
}
