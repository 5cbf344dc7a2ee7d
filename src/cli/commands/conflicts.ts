// `navab conflicts build|reduce|run|report|statements`: flags → the typed pipeline steps (src/pipeline/conflicts.ts)
// of the conflict-reduction stages; the embedder comes from the same flags as every embedding stage (--embedder).
import type { Command } from "commander";
import { statementsOfVariant, type GraphBuildInput } from "../../conflicts/index.js";
import type { GraphBuildOptions, ReductionOptions } from "../../conflicts/settings.js";
import type { DeepPartial } from "../../kernel/index.js";
import {
  conflictGraphStep,
  conflictReduceStep,
  conflictReportStep,
  conflictsRunStep,
} from "../../pipeline/conflicts.js";
import { InputError } from "../../shared/errors.js";
import { EMBEDDER_BACKENDS, STATEMENT_EMBEDDER } from "../../models/embedding/create-embedding-model.js";
import type { CliContext } from "../context.js";
import { embedderChoice, statementEmbedderChoice, withEmbedderFlags, type EmbedderFlags } from "../embedder-flags.js";
import { optionalChatChoice, withOptionalChatFlags } from "../optional-chat.js";
import { registerConflictBenchCommand } from "./conflicts-bench.js";

interface BuildFlags extends EmbedderFlags {
  runId: string;
  statementEmbedder: string;
  nations?: string;
  statementRun?: string;
  llmChecks?: string;
  llm?: string;
  gguf?: string;
  acceptThreshold?: string;
  semanticThreshold?: string;
}
interface ReduceFlags {
  runId: string;
  rounds?: string;
  backend?: string;
  maxLength?: string;
  seed?: string;
  resolution?: string;
}

const number = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new InputError(`--${name} must be a number, not "${value}"`);
  return parsed;
};

/** The graph input (scope) of the flags. */
function buildInput(flags: BuildFlags): GraphBuildInput {
  return {
    runId: flags.runId,
    ...(flags.nations ? { nations: flags.nations.split(",").map((code) => code.trim().toUpperCase()) } : {}),
    ...(flags.statementRun ? { statementRunId: flags.statementRun } : {}),
  };
}

/** Overrides of the conflicts.graph settings file from the flags. */
function buildSettings(flags: BuildFlags): DeepPartial<GraphBuildOptions> {
  const llmChecks = number(flags.llmChecks, "llm-checks");
  const acceptThreshold = number(flags.acceptThreshold, "accept-threshold");
  const semanticThreshold = number(flags.semanticThreshold, "semantic-threshold");
  return {
    sameValue: {
      ...(llmChecks === undefined ? {} : { maxLlmChecks: llmChecks }),
      ...(acceptThreshold === undefined ? {} : { acceptThreshold }),
    },
    ...(semanticThreshold === undefined ? {} : { semantic: { threshold: semanticThreshold } }),
  };
}

function reduceSettings(flags: ReduceFlags): DeepPartial<ReductionOptions> {
  const entries = {
    rounds: number(flags.rounds, "rounds"),
    maxLength: number(flags.maxLength, "max-length"),
    seed: number(flags.seed, "seed"),
    resolution: number(flags.resolution, "resolution"),
  };
  return {
    ...Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)),
    ...(flags.backend === undefined ? {} : { execution: { backend: flags.backend as "memory" | "cypher" } }),
  };
}

function addBuildFlags(command: Command): Command {
  return withEmbedderFlags(
    withOptionalChatFlags(command, "judge uncertain same-value pairs and each statement's stance toward its claim"),
  )
    .option("--nations <codes>", "comma-separated nation codes (default: every nation)")
    .option("--statement-run <id>", "only statements of this statements run")
    .option(
      "--statement-embedder <name>",
      `statement-level similarity (same-value candidates): ${EMBEDDER_BACKENDS.join(" | ")} (query role for e5)`,
      STATEMENT_EMBEDDER.backend,
    )
    .option("--llm-checks <n>", "most uncertain same-value pairs checked by the LLM (default 200)")
    .option(
      "--accept-threshold <x>",
      "cosine at which statements count as the same value without an LLM check (default: the statement embedder's accept threshold in src/models/embedding/settings/thresholds.v1.json)",
    )
    .option(
      "--semantic-threshold <x>",
      "cosine above which articles get a semantic link (default: the article embedder's semantic threshold)",
    );
}

function addReduceFlags(command: Command): Command {
  return command
    .option("--rounds <n>", "reduction rounds (default 5; stops early when nothing changes)")
    .option(
      "--backend <name>",
      "cycle search: memory (typed-array link table in this process, default) or cypher (the same search as Cypher queries in Neo4j)",
    )
    .option("--max-length <n>", "longest cycle in links, 3..5 (default 5)")
    .option("--seed <n>", "Louvain rng seed (default 42)")
    .option("--resolution <x>", "Louvain resolution (default 1)");
}

export function registerConflictCommands(program: Command, context: CliContext): void {
  const conflicts = program
    .command("conflicts")
    .description("conflict reduction on the article graph (NaVAB §3.4 Step II)");
  const graphOptions = (flags: BuildFlags) => {
    const chat = optionalChatChoice(flags);
    return {
      graph: buildInput(flags),
      embedder: embedderChoice(flags),
      statementEmbedder: statementEmbedderChoice(flags.statementEmbedder),
      ...(chat ? { chat } : {}),
      settings: buildSettings(flags),
    };
  };
  addBuildFlags(
    conflicts
      .command("build")
      .description("build the conflict graph (statement, semantic, geo, social links)")
      .requiredOption("--run-id <id>", "conflict run id"),
  ).action(async (flags: BuildFlags) => {
    await conflictGraphStep(context, graphOptions(flags));
  });
  addReduceFlags(
    conflicts
      .command("reduce")
      .description("run the reduction rounds on a built graph")
      .requiredOption("--run-id <id>", "conflict run id"),
  ).action(async (flags: ReduceFlags) => {
    await conflictReduceStep(context, { runId: flags.runId, settings: reduceSettings(flags) });
  });
  addReduceFlags(
    addBuildFlags(
      conflicts
        .command("run")
        .description("build the graph, then reduce conflicts (unless --without-conflict-reduction)"),
    ),
  )
    .requiredOption("--run-id <id>", "conflict run id")
    .option(
      "--without-conflict-reduction",
      "ablation (paper Table 3): build and record the scope only; every statement stays active",
    )
    .action((flags: BuildFlags & ReduceFlags & { withoutConflictReduction?: boolean }) =>
      conflictsRunStep(context, {
        ...graphOptions(flags),
        reduction: reduceSettings(flags),
        withoutConflictReduction: flags.withoutConflictReduction === true,
      }),
    );
  conflicts
    .command("report")
    .description("per-round counts and a sample of removed statements with their cycles (Markdown)")
    .requiredOption("--run-id <id>", "conflict run id")
    .option("--sample <n>", "removed statements to show", "10")
    .option("--out <file>", "write the Markdown report to this file instead of stdout")
    .action(async (flags: { runId: string; sample: string; out?: string }) => {
      await conflictReportStep(context, {
        runId: flags.runId,
        sample: number(flags.sample, "sample") ?? 10,
        ...(flags.out ? { out: flags.out } : {}),
      });
    });
  registerConflictBenchCommand(conflicts, context);
  conflicts
    .command("statements")
    .description("ids of the statements of this run's variant (kept by its reduction, or all it judged), one per line")
    .requiredOption("--run-id <id>", "conflict run id")
    .option("--without-conflict-reduction", "every judged statement (ablation) instead of the kept ones")
    .action(async (flags: { runId: string; withoutConflictReduction?: boolean }) =>
      context.withDatabase(async (executor) => {
        const ids = await statementsOfVariant(executor, flags.runId, {
          conflictReduction: !flags.withoutConflictReduction,
        });
        for (const id of ids) context.print(id);
      }),
    );
}
