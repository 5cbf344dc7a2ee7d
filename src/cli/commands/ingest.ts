// `navab ingest <path> --format … | --all` and `navab stats`: flags → the typed pipeline steps (src/pipeline/ingest.ts).
import type { Command } from "commander";
import { fieldMapping } from "../../ingest/index.js";
import { ingestStep, statsStep, type IngestSource } from "../../pipeline/ingest.js";
import { InputError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";
import { positiveIntegerFlag } from "../flag-values.js";

interface IngestFlags {
  all?: boolean;
  folder?: string[];
  format?: string;
  nation?: string;
  outlet?: string;
  language?: string;
  batchSize?: string;
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
    .option("--batch-size <rows>", "rows per write transaction (default: src/ingest/settings/ingest.v1.json)")
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
      const source: IngestSource =
        path === undefined
          ? { all: true, ...(flags.folder ? { folders: flags.folder } : {}) }
          : {
              path,
              format: flags.format ?? "",
              ...(flags.nation === undefined ? {} : { nation: flags.nation }),
              ...(flags.outlet === undefined ? {} : { outlet: flags.outlet }),
              ...(flags.language === undefined ? {} : { language: flags.language }),
            };
      const batchSize = positiveIntegerFlag(flags.batchSize, "--batch-size");
      await ingestStep(context, source, {
        ...(batchSize === undefined ? {} : { batchSize }),
        ...(flags.runId === undefined ? {} : { runId: flags.runId }),
        dryRun: flags.dryRun === true,
        previewRecords: positiveIntegerFlag(flags.preview, "--preview"),
        ...(fields === undefined ? {} : { fields }),
        json: flags.json === true,
        outlets: flags.outlets === true,
      });
    });
  program
    .command("stats")
    .description(
      "print counts per corpus format and nation (and per outlet and kind with --outlets), quarantine per reason",
    )
    .option("--json", "print the counts as JSON")
    .option("--outlets", "also list Article counts per outlet and kind")
    .action((flags: { json?: boolean; outlets?: boolean }) => statsStep(context, flags));
}
