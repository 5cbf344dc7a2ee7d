// `navab eval [run] | report | compare`: flags → the typed pipeline steps (src/pipeline/evaluation.ts) of the
// evaluation stage, its HTML report and the McNemar comparison of two runs.
import type { Command } from "commander";
import { EVALUATION_SETS, type EvaluationSet } from "../../evaluation/index.js";
import { readSplitManifest } from "../../export/index.js";
import { evaluationReportStep, evaluationStep, type EvaluationStepOptions } from "../../pipeline/evaluation.js";
import { compareStep } from "../../pipeline/experiments.js";
import { InputError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";
import { nonNegativeIntegerFlag } from "../flag-values.js";
import { registerJudgeCalibrationCommand } from "./judge-calibration.js";

interface RunFlags {
  sets: string;
  methods: string;
  backend: string;
  model?: string;
  baseUrl?: string;
  apiKey?: string;
  judgeBaseUrl?: string;
  judgeModel?: string;
  nations?: string;
  tripleRun?: string;
  conflictRun?: string;
  split?: string;
  limit?: string;
  seed?: string;
  runId?: string;
  prefixReuse: boolean;
  guard: boolean;
  database: boolean;
  cache: boolean;
  force?: boolean;
}

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

function parseSets(value: string): EvaluationSet[] {
  const sets = list(value) ?? [];
  const unknown = sets.filter((set) => !(EVALUATION_SETS as readonly string[]).includes(set));
  if (sets.length === 0 || unknown.length > 0)
    throw new InputError(`--sets takes ${EVALUATION_SETS.join(", ")}; got "${value}"`);
  return sets as EvaluationSet[];
}

function runOptions(flags: RunFlags): EvaluationStepOptions {
  const methods = list(flags.methods) ?? [];
  if (methods.length === 0 || methods.some((method) => method !== "mc" && method !== "aj"))
    throw new InputError(`--methods takes mc and/or aj; got "${flags.methods}"`);
  if (!["local", "onnx", "openai"].includes(flags.backend))
    throw new InputError(`--backend must be local, onnx or openai; got "${flags.backend}"`);
  const limit = nonNegativeIntegerFlag(flags.limit, "--limit");
  const seed = nonNegativeIntegerFlag(flags.seed, "--seed");
  const nations = list(flags.nations)?.map((nation) => nation.toUpperCase());
  return {
    ...(flags.runId === undefined ? {} : { runId: flags.runId }),
    sets: parseSets(flags.sets),
    methods: methods as ("mc" | "aj")[],
    graphFilter: {
      ...(flags.tripleRun ? { tripleRunId: flags.tripleRun } : {}),
      ...(flags.conflictRun ? { conflictRunId: flags.conflictRun } : {}),
      ...(nations ? { nations } : {}),
    },
    ...(limit === undefined ? {} : { limitPerSet: limit }),
    scorer: {
      backend: flags.backend as "local" | "onnx" | "openai",
      ...(flags.model ? { model: flags.model } : {}),
      ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
      ...(flags.apiKey ? { apiKey: flags.apiKey } : {}),
      prefixReuse: flags.prefixReuse,
    },
    ...(flags.judgeBaseUrl
      ? { judge: { baseUrl: flags.judgeBaseUrl, ...(flags.judgeModel ? { model: flags.judgeModel } : {}) } }
      : {}),
    settings: { ...(seed === undefined ? {} : { seed }), guard: flags.guard },
    database: flags.database,
    cache: flags.cache,
    force: flags.force === true,
  };
}

export function registerEvaluationCommands(program: Command, context: CliContext): void {
  const evaluation = program
    .command("eval")
    .description("evaluate a model on NaVAB triples: MC by perplexity, AJ by LLM judge, reports");
  evaluation
    .command("run", { isDefault: true })
    .description("score triples (graph, the 75 reference triples, ProbVAA pairs) and write the run record")
    .option("--sets <list>", `comma list of ${EVALUATION_SETS.join(", ")}`, "reference")
    .option("--methods <list>", "mc and/or aj", "mc")
    .option(
      "--backend <name>",
      "log-likelihood backend: local (GGUF), onnx (folder) or openai (completions endpoint)",
      "local",
    )
    .option(
      "--model <path|name>",
      "GGUF file, ONNX model folder, or served model name (default: the provisioned local GGUF)",
    )
    .option("--base-url <url>", "OpenAI-compatible base URL (…/v1) for --backend openai")
    .option("--api-key <key>", "API key for the endpoint")
    .option("--judge-base-url <url>", "AJ judge endpoint (default: the evaluated chat model judges)")
    .option("--judge-model <name>", "AJ judge model name")
    .option("--nations <list>", "only graph Triples of these nations")
    .option("--triple-run <id>", "only graph Triples of this triple run")
    .option("--conflict-run <id>", "split graph Triples by what this conflict run kept (paper Table 3)")
    .option("--split <path>", "only the test items of this DPO split (split.json or its export folder; Table 3)")
    .option("--limit <n>", "at most n items per set")
    .option("--seed <n>", "seed for A/B positions and bootstrap (default: the settings file's, 7)")
    .option("--run-id <id>", "evaluation run id (default: a new one)")
    .option("--no-prefix-reuse", "score each candidate from scratch (slower; for comparison)")
    .option("--no-guard", "skip the broken-scorer guard (not recommended)")
    .option("--no-database", "do not record the run in the graph (reference/probvaa sets only)")
    .option("--no-cache", "do not read or write the AJ answer cache (.navab/cache/llm)")
    .option("--force", "score every item again instead of resuming what an interrupted run of this --run-id scored")
    .action(async (flags: RunFlags) => {
      const options = runOptions(flags);
      if (flags.split) {
        const manifest = await readSplitManifest(flags.split);
        Object.assign(options, { onlyItemIds: manifest.testItemIds, split: flags.split });
      }
      await evaluationStep(context, options);
    });
  registerJudgeCalibrationCommand(evaluation, context);
  evaluation
    .command("report")
    .description("write the self-contained HTML report of a run (optionally compared with another run)")
    .requiredOption("--run <id>", "evaluation run id")
    .option("--compare <id>", "second run for the paired McNemar comparison")
    .option("--out <file>", "HTML file (default <home>/evaluation/<run>.html)")
    .option("--split <path>", "with --compare: the Table 3 block on this DPO split's shared test items (split.json)")
    .option("--dpo <id>", "with --compare: a third run (trained with DPO on the conflict-reduced variant) for Table 3")
    .action(async (flags: { run: string; compare?: string; out?: string; split?: string; dpo?: string }) => {
      await evaluationReportStep(context, flags);
    });
  evaluation
    .command("compare")
    .description(
      "paired comparison of two runs (McNemar, bootstrap intervals); with --split only on one DPO split's shared test items (Table 3)",
    )
    .requiredOption("--run <id>", "first run (Table 3: the with-CR run)")
    .requiredOption("--with <id>", "second run (Table 3: the without-CR run)")
    .option("--split <path>", "split.json of a `navab export dpo` (or its folder): pair only its test items")
    .option("--dpo <id>", "a third run (a model trained with DPO on the conflict-reduced variant) for --table3")
    .option("--table3 <file>", "write the Table 3 block (HTML) beside the paper's Llama3.1-8b-Base numbers")
    .option("--seed <n>", "bootstrap seed")
    .option("--json", "print the comparison as JSON", false)
    .action(
      async (flags: {
        run: string;
        with: string;
        split?: string;
        dpo?: string;
        table3?: string;
        seed?: string;
        json: boolean;
      }) => {
        const seed = nonNegativeIntegerFlag(flags.seed, "--seed");
        await compareStep(context, {
          run: flags.run,
          with: flags.with,
          json: flags.json,
          ...(flags.split ? { split: flags.split } : {}),
          ...(flags.dpo ? { dpo: flags.dpo } : {}),
          ...(flags.table3 ? { table3: flags.table3 } : {}),
          ...(seed === undefined ? {} : { seed }),
        });
      },
    );
}
