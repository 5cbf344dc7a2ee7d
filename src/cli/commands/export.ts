// `navab export dpo|benchmark`: flags → the typed pipeline steps (src/pipeline/export.ts) of the export stage.
// `export` is a shared command group: other files add their own subcommands through `exportCommand(program)`.
import type { Command } from "commander";
import { DPO_FORMATS, DPO_VARIANTS, type DpoFormat, type DpoVariant } from "../../export/index.js";
import { exportBenchmarkStep, exportDpoStep, type PreferenceSource } from "../../pipeline/export.js";
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

function sourceOf(flags: SourceFlags): PreferenceSource {
  if (flags.from === "reference") return { from: "reference" };
  if (flags.from !== "graph") throw new InputError(`--from must be graph or reference; got "${flags.from}"`);
  const nations = list(flags.nations)?.map((nation) => nation.toUpperCase());
  return {
    from: "graph",
    ...(flags.tripleRun ? { tripleRunId: flags.tripleRun } : {}),
    ...(flags.conflictRun ? { conflictRunId: flags.conflictRun } : {}),
    ...(nations ? { nations } : {}),
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
        await exportDpoStep(context, {
          source: sourceOf(flags),
          formats,
          variants,
          ...(flags.out ? { out: flags.out } : {}),
          seed,
          trainShare: Number(flags.trainShare),
        });
      },
    );
  group
    .command("benchmark")
    .description("write the triples as one JSONL benchmark file with provenance and a card")
    .option("--from <source>", "graph (valid Triples) or reference (the 75 real triples)", "graph")
    .option("--triple-run <id>", "only Triples of this triple run")
    .option("--conflict-run <id>", "the conflict run of this release: its verification results (Table 7) go with it")
    .option("--nations <list>", "only Triples of these nations")
    .option("--out <folder>", "output folder (default <home>/export/benchmark)")
    .action(async (flags: SourceFlags & { out?: string }) => {
      await exportBenchmarkStep(context, { source: sourceOf(flags), ...(flags.out ? { out: flags.out } : {}) });
    });
}
