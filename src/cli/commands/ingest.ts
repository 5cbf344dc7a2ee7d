// `navab ingest <path> --format … | --all` and `navab stats`: thin callers of the ingest stage (src/ingest).
import type { Command } from "commander";
import { InputError } from "../../shared/errors.js";
import {
  fieldMapping,
  formatPreview,
  formatSummary,
  ingestCorpora,
  ingestPath,
  type IngestDependencies,
  type IngestSummary,
} from "../../ingest/index.js";
import type { CliContext } from "../context.js";
import { positiveIntegerFlag } from "../flag-values.js";

interface IngestFlags {
  all?: boolean;
  folder?: string[];
  format?: string;
  nation?: string;
  outlet?: string;
  language?: string;
  batchSize: string;
  runId?: string;
  json?: boolean;
  outlets?: boolean;
  dryRun?: boolean;
  preview: string;
  fields?: string;
  textField?: string;
  titleField?: string;
  dateField?: string;
  urlField?: string;
}

export function registerIngestCommands(program: Command, context: CliContext): void {
  program
    .command("ingest")
    .description("read news files into the graph (Articles per nation/outlet; bad records go to Quarantine)")
    .argument("[path]", "a file or folder to ingest (with --format)")
    .option("--all", "ingest every known folder of the corpora folder (NAVAB_CORPORA)")
    .option("--folder <name...>", "with --all: only these corpora folders")
    .option(
      "--format <format>",
      "bbc-text | mfa-press-html | gov-report-jsonl | un-debate-text | gnad-csv | french-doc-xml | generic-jsonl | generic-csv",
    )
    .option("--nation <code>", "nation of records that do not name one: CN, US, GB, FR, DE")
    .option("--outlet <name>", "outlet of records that do not name one")
    .option("--language <code>", "declared language (ISO 639-1) of records that do not declare one; else detected")
    .option("--batch-size <rows>", "rows per write transaction", "2000")
    .option("--run-id <id>", "run id (default: a fresh one)")
    .option("--json", "print the summary as JSON")
    .option("--outlets", "list every outlet in the summary")
    .option("--dry-run", "read and check only: preview the first records and what would be quarantined, write nothing")
    .option("--preview <records>", "with --dry-run: how many records to preview", "5")
    .option("--fields <file>", 'generic formats: a JSON mapping of navab fields to yours, e.g. {"text": "content"}')
    .option("--text-field <name>", "generic formats: the field holding the text (default: text, else guessed)")
    .option("--title-field <name>", "generic formats: the field holding the title")
    .option("--date-field <name>", "generic formats: the field holding the publication date")
    .option("--url-field <name>", "generic formats: the field holding the URL (kept only if http or https)")
    .action(async (path: string | undefined, flags: IngestFlags) => {
      if (flags.all === true && path !== undefined) throw new InputError("give either a path or --all, not both");
      if (flags.all !== true && path === undefined)
        throw new InputError("give a path to ingest (with --format), or --all for the corpora folder");
      if (path !== undefined && flags.format === undefined)
        throw new InputError("--format is required with a path (see navab ingest --help)");
      const fields = fieldMapping(flags.fields, {
        text: flags.textField,
        title: flags.titleField,
        date: flags.dateField,
        url: flags.urlField,
      });
      if (fields !== undefined && path === undefined)
        throw new InputError("field mappings apply to a path in a generic format, not to --all");
      const dryRun = flags.dryRun === true;
      const options = {
        batchSize: positiveIntegerFlag(flags.batchSize, "--batch-size"),
        dryRun,
        ...(dryRun ? { previewRecords: positiveIntegerFlag(flags.preview, "--preview") } : {}),
        ...(fields === undefined ? {} : { fields }),
        ...(flags.runId === undefined ? {} : { runId: flags.runId }),
      };
      const run = (dependencies: IngestDependencies): Promise<IngestSummary> => {
        const settings = context.settings();
        if (path === undefined)
          return ingestCorpora(
            { root: settings.corpora, ...(flags.folder ? { folders: flags.folder } : {}) },
            options,
            dependencies,
          );
        const input = {
          path,
          root: settings.corpora,
          format: flags.format ?? "",
          ...(flags.nation === undefined ? {} : { nation: flags.nation }),
          ...(flags.outlet === undefined ? {} : { outlet: flags.outlet }),
          ...(flags.language === undefined ? {} : { language: flags.language }),
        };
        return ingestPath(input, options, dependencies);
      };
      const summary = dryRun
        ? await run({ progress: context.progress })
        : await context.withDatabase((executor) => run({ executor, progress: context.progress }));
      if (flags.json === true) return context.print(JSON.stringify(summary, null, 2));
      if (dryRun) for (const line of formatPreview(summary.preview)) context.print(line);
      for (const line of formatSummary(summary, flags.outlets === true)) context.print(line);
    });
  program
    .command("stats")
    .description(
      "print counts per corpus format and nation (and per outlet and kind with --outlets), quarantine per reason",
    )
    .option("--json", "print the counts as JSON")
    .option("--outlets", "also list Article counts per outlet and kind")
    .action(async (flags: { json?: boolean; outlets?: boolean }) => {
      const counts = await context.withDatabase(async (executor) => ({
        formats: await executor.read("ingest/count-by-format"),
        nations: await executor.read("ingest/count-records"),
        outlets: await executor.read("ingest/count-articles"),
        quarantine: await executor.read("ingest/count-quarantine"),
      }));
      if (flags.json === true) return context.print(JSON.stringify(counts, null, 2));
      context.print("format              files  records  articles  quarantined");
      for (const row of counts.formats)
        context.print(
          `${String(row.format).padEnd(18)} ${String(row.files).padStart(6)} ${String(row.records).padStart(8)} ${String(row.articles).padStart(9)} ${String(row.quarantined).padStart(12)}`,
        );
      context.print("\nnation  articles  records  files");
      for (const row of counts.nations)
        context.print(
          `${String(row.nation).padEnd(7)} ${String(row.articles).padStart(8)} ${String(row.records).padStart(8)} ${String(row.files).padStart(6)}  ${String(row.name)}`,
        );
      if (flags.outlets === true) context.print("\nnation  kind       articles  outlet (country)");
      for (const row of flags.outlets === true ? counts.outlets : [])
        context.print(
          `${String(row.nation).padEnd(7)} ${String(row.kind).padEnd(10)} ${String(row.articles).padStart(8)}  ${String(row.outlet)} (${String(row.country)})`,
        );
      context.print("\nquarantined records");
      for (const row of counts.quarantine)
        context.print(
          `${String(row.reason).padEnd(16)} ${String(row.format).padEnd(16)} ${String(row.records).padStart(6)}`,
        );
    });
}
