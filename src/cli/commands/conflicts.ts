// `navab conflicts build|reduce|run|report|statements`: thin callers of the conflict-reduction stage (src/conflicts).
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import {
  type GraphBuildInput,
  buildConflictGraph,
  conflictReport,
  reduceConflicts,
  statementsOfVariant,
  variantCounts,
} from "../../conflicts/index.js";
import type { GraphBuildOptions, ReductionOptions } from "../../conflicts/settings.js";
import type { DeepPartial } from "../../kernel/index.js";
import { STATEMENT_EMBEDDER, createEmbeddingModel } from "../../models/embedding/create-embedding-model.js";
import { InputError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";
import { optionalChatModel, withOptionalChatFlags } from "../optional-chat.js";

interface BuildFlags {
  runId: string;
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
  return withOptionalChatFlags(command, "check uncertain same-value pairs")
    .option("--nations <codes>", "comma-separated nation codes (default: every nation)")
    .option("--statement-run <id>", "only statements of this statements run")
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
    .option("--backend <name>", "cycle search: memory (graphology, default) or cypher")
    .option("--max-length <n>", "longest cycle in links, 3..5 (default 5)")
    .option("--seed <n>", "Louvain rng seed (default 42)")
    .option("--resolution <x>", "Louvain resolution (default 1)");
}

export function registerConflictCommands(program: Command, context: CliContext): void {
  const conflicts = program
    .command("conflicts")
    .description("conflict reduction on the article graph (NaVAB §3.4 Step II)");
  const build = async (flags: BuildFlags): Promise<void> =>
    context.withDatabase(async (executor, settings) => {
      const embedding = createEmbeddingModel(STATEMENT_EMBEDDER, settings.home, { log: context.log });
      const articleEmbedding = createEmbeddingModel({ backend: "hashed" }, settings.home);
      const chat = await optionalChatModel(context, flags);
      if (!chat)
        context.log("conflicts: no --llm given, so only same-value pairs above the accept threshold are linked");
      const result = await buildConflictGraph(
        buildInput(flags),
        { settings: buildSettings(flags) },
        {
          executor,
          models: { embedder: articleEmbedding, statementEmbedder: embedding, ...(chat ? { chat } : {}) },
          progress: context.progress,
        },
      );
      context.print(
        `graph ${result.runId}: ${result.statements} statements on ${result.articles} articles; links ${JSON.stringify(result.links)}`,
      );
    });
  const reduce = async (flags: ReduceFlags): Promise<void> =>
    context.withDatabase(async (executor) => {
      const result = await reduceConflicts(
        { runId: flags.runId },
        { settings: reduceSettings(flags) },
        { executor, models: {}, progress: context.progress },
      );
      for (const round of result.rounds) {
        context.print(
          `round ${round.round}: ${round.cyclesFound} cycles, ${round.linksDeactivated} links removed, ${round.statementsActive}/${result.statementsJudged} statements kept (${round.seconds}s)`,
        );
      }
      const variant = await variantCounts(executor, flags.runId);
      context.print(
        `variant of ${flags.runId}: ${variant.kept} of ${variant.judged} statements kept, ${variant.keptTriples} of ${variant.triples} triples (use --conflict-run ${flags.runId} in eval and export)`,
      );
    });
  addBuildFlags(
    conflicts
      .command("build")
      .description("build the conflict graph (statement, semantic, geo, social links)")
      .requiredOption("--run-id <id>", "conflict run id"),
  ).action(build);
  addReduceFlags(
    conflicts
      .command("reduce")
      .description("run the reduction rounds on a built graph")
      .requiredOption("--run-id <id>", "conflict run id"),
  ).action(reduce);
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
    .action(async (flags: BuildFlags & ReduceFlags & { withoutConflictReduction?: boolean }) => {
      await build(flags);
      if (flags.withoutConflictReduction)
        context.print("conflict reduction skipped (ablation): every judged statement is kept");
      else await reduce(flags);
    });
  conflicts
    .command("report")
    .description("per-round counts and a sample of removed statements with their cycles (Markdown)")
    .requiredOption("--run-id <id>", "conflict run id")
    .option("--sample <n>", "removed statements to show", "10")
    .option("--out <file>", "write the Markdown report to this file instead of stdout")
    .action(async (flags: { runId: string; sample: string; out?: string }) =>
      context.withDatabase(async (executor) => {
        const report = await conflictReport(
          { runId: flags.runId },
          { sample: number(flags.sample, "sample") ?? 10 },
          { executor },
        );
        if (flags.out) {
          writeFileSync(flags.out, report.markdown);
          context.print(`report written to ${flags.out}`);
        } else context.print(report.markdown);
      }),
    );
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
