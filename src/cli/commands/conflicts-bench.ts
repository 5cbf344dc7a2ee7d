// `navab conflicts bench --planted probvaa|wahlomat --judge oracle|local|openai`: the planted conflict benchmark
// (src/conflicts/planted): precision and recall of the deactivated statements and consistent cycles touched.
// `navab conflicts bench --stance-methods --judge local`: accuracy of stances toward a canonical claim vs pairwise
// judgments on the same ProbVAA pairs.
import type { Command } from "commander";
import { tokenPrices } from "../../config/model-environment.js";
import { PLANTED_SETS, plantedBench, type PlantedSet } from "../../conflicts/planted/index.js";
import { readProbvaaVariants } from "../../conflicts/planted/probvaa-variants.js";
import { compareStanceMethods } from "../../conflicts/planted/stance-methods.js";
import { GRAPH_SETTINGS } from "../../conflicts/settings.js";
import { llmAgreementJudge } from "../../conflicts/stance/llm-agreement-judge.js";
import { resolveSettings } from "../../kernel/index.js";
import { runPlumbing } from "../../llm/run-plumbing.js";
import { STATEMENT_EMBEDDER, EMBEDDER_BACKENDS } from "../../models/embedding/create-embedding-model.js";
import { disposeLlamaRuntime } from "../../models/local/llama-runtime.js";
import { chatModel, embeddingModel } from "../../pipeline/models.js";
import { InputError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";
import { embedderChoice, statementEmbedderChoice, withEmbedderFlags, type EmbedderFlags } from "../embedder-flags.js";
import { positiveIntegerFlag } from "../flag-values.js";

interface BenchFlags extends EmbedderFlags {
  statementEmbedder: string;
  planted?: string;
  stanceMethods?: boolean;
  judge: string;
  claims?: string;
  languages?: string;
  seed?: string;
  gguf?: string;
  keep?: boolean;
  json?: boolean;
}

export function registerConflictBenchCommand(conflicts: Command, context: CliContext): void {
  withEmbedderFlags(
    conflicts
      .command("bench")
      .description("planted conflicts in real sentences: precision/recall of the removed statements (issue 14)"),
  )
    .option(
      "--statement-embedder <name>",
      `same-value candidates and canonical claims: ${EMBEDDER_BACKENDS.join(" | ")} (query role for e5)`,
      STATEMENT_EMBEDDER.backend,
    )
    .option("--planted <set>", `the planted corpus: ${PLANTED_SETS.join(" or ")}`)
    .option("--stance-methods", "instead: accuracy of stances toward a canonical claim vs pairwise judgments (ProbVAA)")
    .option("--judge <judge>", "oracle (reads the planted labels), local (the offline GGUF) or openai", "oracle")
    .option("--claims <n>", "probvaa: claims planted (default 20); wahlomat: its first n statements (default 38)")
    .option("--languages <codes>", "languages of the texts, comma-separated (probvaa: all; wahlomat: de)")
    .option("--seed <n>", "probvaa: which claims and texts are drawn (default 7)")
    .option("--gguf <path>", "GGUF file for --judge local (or NAVAB_GGUF)")
    .option("--keep", "keep the planted corpus and its conflict run (inspect with navab conflicts report)")
    .option("--json", "print the result as JSON")
    .action(async (flags: BenchFlags) => {
      if (flags.stanceMethods !== true && !(PLANTED_SETS as readonly string[]).includes(flags.planted ?? ""))
        throw new InputError(
          `--planted takes ${PLANTED_SETS.join(" or ")} (or use --stance-methods); got "${flags.planted}"`,
        );
      if (!["oracle", "local", "openai"].includes(flags.judge))
        throw new InputError(`--judge takes oracle, local or openai; got "${flags.judge}"`);
      const settings = context.settings();
      const claims = positiveIntegerFlag(flags.claims, "--claims");
      const seed = positiveIntegerFlag(flags.seed, "--seed");
      try {
        const chat =
          flags.judge === "oracle"
            ? undefined
            : await chatModel(context, {
                backend: flags.judge as "local" | "openai",
                ...(flags.gguf ? { gguf: flags.gguf } : {}),
              });
        const llm = runPlumbing(settings.home, `conflicts-bench-${Date.now()}`, true, tokenPrices(settings.models));
        const embedding = embeddingModel(context, statementEmbedderChoice(flags.statementEmbedder));
        const languages = flags.languages?.split(",").map((code) => code.trim());
        if (flags.stanceMethods === true) {
          if (!chat) throw new InputError("--stance-methods compares a model's judgments: use --judge local or openai");
          const stance = resolveSettings("conflicts.graph", GRAPH_SETTINGS).settings.stance;
          const comparison = await compareStanceMethods(
            await readProbvaaVariants(settings.reference),
            { groups: claims ?? 20, languages: languages ?? ["en"], seed: seed ?? 7 },
            { judge: llmAgreementJudge(chat, { prompt: stance.prompt, retries: stance.retries, llm }), embedding },
          );
          if (flags.json === true) context.print(JSON.stringify(comparison, null, 2));
          else
            context.print(
              `${comparison.pairs} ProbVAA pairs (${comparison.groups} groups), judge ${comparison.judge}: stances toward the canonical claim ${comparison.stances.accuracy.toFixed(3)}, pairwise ${comparison.pairwise.accuracy.toFixed(3)}`,
            );
          return;
        }
        const result = await context.withDatabase((executor) =>
          plantedBench(
            {
              set: flags.planted as PlantedSet,
              referenceFolder: settings.reference,
              ...(claims === undefined ? {} : { claims }),
              ...(seed === undefined ? {} : { seed }),
              ...(languages === undefined ? {} : { languages }),
            },
            { keep: flags.keep === true },
            {
              executor,
              models: {
                embedder: embeddingModel(context, embedderChoice(flags)),
                statementEmbedder: embedding,
                ...(chat ? { chat } : {}),
              },
              judge: chat ? "model" : "oracle",
              llm,
              progress: context.progress,
              log: context.log,
            },
          ),
        );
        if (flags.json === true) context.print(JSON.stringify(result, null, 2));
        else {
          const value = (number: number | null) => (number === null ? "n/a" : number.toFixed(3));
          context.print(
            `planted ${result.set} (${result.statements} statements, ${result.claims} claims: ${result.plantedDominantClaims} dominant, ${result.plantedContestedClaims} contested), judge ${result.judge}`,
          );
          context.print(
            `precision ${value(result.precision)}, recall ${value(result.recall)} (${result.truePositives} of ${result.expected} deviating statements removed, ${result.deactivated} removed), consistent cycles touched ${result.consistentCyclesTouched}`,
          );
        }
      } finally {
        await disposeLlamaRuntime();
      }
    });
}
