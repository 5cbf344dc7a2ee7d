// `navab export dpo|benchmark`: thin callers of the export stage (src/export/). `export` is a shared command
// group: other files add their own subcommands through `exportCommand(program)`.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { Command } from "commander";
import { readReferenceTriples } from "../../evaluation/items/reference-triples.js";
import {
  DPO_FORMATS,
  DPO_VARIANTS,
  exportBenchmark,
  exportDpo,
  itemsToPreferenceRows,
  readGraphPreferenceRows,
  type DpoFormat,
  type DpoVariant,
  type PreferenceRow,
} from "../../export/index.js";
import { InputError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";

/** The `export` command group, created on first use so several files can add subcommands to it. */
export function exportCommand(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === "export") ??
    program.command("export").description("export triples for alignment training and external benchmarks")
  );
}

interface SourceFlags {
  from: string;
  tripleRun?: string;
  conflictRun?: string;
  nations?: string;
}

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

async function loadRows(flags: SourceFlags, context: CliContext): Promise<{ rows: PreferenceRow[]; source: string }> {
  const settings = context.settings();
  if (flags.from === "reference")
    return {
      rows: itemsToPreferenceRows(await readReferenceTriples(settings.reference)),
      source: "the authors' 75 reference triples (navab-pipeline-samples)",
    };
  if (flags.from !== "graph") throw new InputError(`--from must be graph or reference; got "${flags.from}"`);
  const nations = list(flags.nations)?.map((nation) => nation.toUpperCase());
  const rows = await context.withDatabase((executor) =>
    readGraphPreferenceRows(executor, {
      ...(flags.tripleRun ? { tripleRunId: flags.tripleRun } : {}),
      ...(flags.conflictRun ? { conflictRunId: flags.conflictRun } : {}),
      ...(nations ? { nations } : {}),
    }),
  );
  return {
    rows,
    source: `graph Triples${flags.tripleRun ? ` of run ${flags.tripleRun}` : ""}${nations ? ` for ${nations.join(", ")}` : ""}`,
  };
}

function pick<T extends string>(value: string, allowed: readonly T[], flag: string): T[] {
  const values = value === "all" && flag === "--format" ? [...allowed] : (list(value) ?? []);
  const unknown = values.filter((entry) => !(allowed as readonly string[]).includes(entry));
  if (values.length === 0 || unknown.length > 0)
    throw new InputError(`${flag} takes ${allowed.join(", ")}${flag === "--format" ? " or all" : ""}; got "${value}"`);
  return values as T[];
}

export function registerExportCommands(program: Command, context: CliContext): void {
  const group = exportCommand(program);
  group
    .command("dpo")
    .description(
      "write DPO preference data (80/20 split by article) with a dataset card, checked against each format's schema",
    )
    .option("--format <name>", `${DPO_FORMATS.join(", ")} or all`, "all")
    .option("--from <source>", "graph (valid Triples) or reference (the 75 real triples)", "graph")
    .option("--variants <list>", `comma list of ${DPO_VARIANTS.join(", ")}`, DPO_VARIANTS.join(","))
    .option("--triple-run <id>", "only Triples of this triple run")
    .option("--conflict-run <id>", "the conflict run whose kept statements make the conflict-reduced variant")
    .option("--nations <list>", "only Triples of these nations")
    .option("--out <folder>", "output folder (default <home>/export/dpo-<run>)")
    .option("--seed <n>", "split seed", "13")
    .option("--train-share <x>", "share of articles in train", "0.8")
    .action(
      async (
        flags: SourceFlags & { format: string; variants: string; out?: string; seed: string; trainShare: string },
      ) => {
        const formats = pick<DpoFormat>(flags.format, DPO_FORMATS, "--format");
        const variants = pick<DpoVariant>(flags.variants, DPO_VARIANTS, "--variants");
        const seed = Number(flags.seed);
        if (!Number.isInteger(seed)) throw new InputError(`--seed must be an integer; got "${flags.seed}"`);
        const runId = `export-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
        const { rows, source } = await loadRows(flags, context);
        const folder = flags.out ?? join(context.settings().home, "export", `dpo-${runId}`);
        const outputs = await exportDpo(
          { rows, folder, formats, variants, runId, source },
          { seed, trainShare: Number(flags.trainShare) },
        );
        if (outputs.length === 0)
          context.log(
            "no rows in the requested variants (the conflict-reduced variant needs --conflict-run <id> of a conflict run)",
          );
        for (const output of outputs)
          context.print(
            `${output.variant}\t${output.format}\ttrain ${output.train}\ttest ${output.test}\tschema-checked ${output.validated}\t${output.folder}`,
          );
      },
    );
  group
    .command("benchmark")
    .description("write the triples as one JSONL benchmark file with provenance and a card")
    .option("--from <source>", "graph (valid Triples) or reference (the 75 real triples)", "graph")
    .option("--triple-run <id>", "only Triples of this triple run")
    .option("--nations <list>", "only Triples of these nations")
    .option("--out <folder>", "output folder (default <home>/export/benchmark)")
    .action(async (flags: SourceFlags & { out?: string }) => {
      const { rows, source } = await loadRows(flags, context);
      const result = await exportBenchmark(
        rows,
        flags.out ?? join(context.settings().home, "export", "benchmark"),
        source,
      );
      context.print(`${result.rows} triples → ${result.path}`);
    });
}
