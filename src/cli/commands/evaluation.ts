// `navab eval [run] | report | compare`: thin callers of the evaluation stage (src/evaluation/), its HTML report
// and the McNemar comparison of two runs.
import { join } from "node:path";
import type { Command } from "commander";
import { tokenPrices } from "../../config/model-environment.js";
import type { Settings } from "../../config/settings.js";
import { runPlumbing } from "../../llm/run-plumbing.js";
import {
  compareRuns,
  EVALUATION_SETS,
  readRunRecord,
  runEvaluation,
  writeHtmlReport,
  type EvaluationSet,
} from "../../evaluation/index.js";
import { readPaperTable } from "../../evaluation/report/paper-table.js";
import { createChatModel } from "../../models/chat/create-chat-model.js";
import { createLogLikelihoodScorer } from "../../models/likelihood/create-log-likelihood-scorer.js";
import { disposeLlamaRuntime } from "../../models/local/llama-runtime.js";
import { InputError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";
import { nonNegativeIntegerFlag } from "../flag-values.js";

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
  limit?: string;
  seed: string;
  runId?: string;
  prefixReuse: boolean;
  guard: boolean;
  database: boolean;
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

async function evaluate(flags: RunFlags, context: CliContext, settings: Settings): Promise<void> {
  const methods = list(flags.methods) ?? [];
  if (methods.length === 0 || methods.some((method) => method !== "mc" && method !== "aj"))
    throw new InputError(`--methods takes mc and/or aj; got "${flags.methods}"`);
  if (!["local", "onnx", "openai"].includes(flags.backend))
    throw new InputError(`--backend must be local, onnx or openai; got "${flags.backend}"`);
  const sets = parseSets(flags.sets);
  const { scorer, model } = await createLogLikelihoodScorer(
    settings,
    {
      backend: flags.backend as "local" | "onnx" | "openai",
      ...(flags.model ? { model: flags.model } : {}),
      ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
      ...(flags.apiKey ? { apiKey: flags.apiKey } : {}),
      prefixReuse: flags.prefixReuse,
    },
    context.log,
  );
  const wantsJudgment = methods.includes("aj");
  const chat = wantsJudgment
    ? await createChatModel(
        settings,
        flags.backend === "openai"
          ? { baseUrl: flags.baseUrl, model: flags.model, apiKey: flags.apiKey, log: context.log }
          : { ...(flags.backend === "local" && flags.model ? { gguf: flags.model } : {}), log: context.log },
      )
    : undefined;
  const judge =
    wantsJudgment && flags.judgeBaseUrl
      ? await createChatModel(settings, { baseUrl: flags.judgeBaseUrl, model: flags.judgeModel, apiKey: flags.apiKey })
      : chat;
  const limit = nonNegativeIntegerFlag(flags.limit, "--limit");
  const nations = list(flags.nations)?.map((nation) => nation.toUpperCase());
  const input = {
    ...(flags.runId === undefined ? {} : { runId: flags.runId }),
    model,
    folders: { home: settings.home, reference: settings.reference },
    sets,
    methods: methods as ("mc" | "aj")[],
    graphFilter: {
      ...(flags.tripleRun ? { tripleRunId: flags.tripleRun } : {}),
      ...(flags.conflictRun ? { conflictRunId: flags.conflictRun } : {}),
      ...(nations ? { nations } : {}),
    },
    ...(limit === undefined ? {} : { limitPerSet: limit }),
  };
  const work = async (executor?: Parameters<typeof runEvaluation>[2]["executor"]) =>
    runEvaluation(
      input,
      { settings: { seed: nonNegativeIntegerFlag(flags.seed, "--seed") ?? 7, guard: flags.guard } },
      {
        ...(executor ? { executor } : {}),
        models: { scorer, ...(chat ? { chat } : {}), ...(judge ? { judge } : {}) },
        llm: runPlumbing(settings.home, flags.runId ?? `evaluation-${Date.now()}`, true, tokenPrices(settings.models)),
        progress: context.progress,
      },
    );
  const record =
    flags.database || sets.includes("graph") ? await context.withDatabase((executor) => work(executor)) : await work();
  for (const row of record.table.filter(
    (entry) =>
      entry.conflictReduced === "all" &&
      (entry.metric === "perplexity" || entry.metric === "judge" || entry.metric === "orderConsistency"),
  )) {
    context.print(
      `${row.set}\t${row.nation}\t${row.method}\t${row.metric}\tn=${row.n}\t${row.rate.toFixed(3)} [${row.low.toFixed(3)}, ${row.high.toFixed(3)}]`,
    );
  }
  if (record.throughput)
    context.print(
      `throughput: ${record.throughput.itemsPerSecond.toFixed(2)} items/s, ${record.throughput.scoredTokensPerSecond.toFixed(1)} scored tokens/s${record.throughput.evaluatedTokensPerSecond ? `, ${record.throughput.evaluatedTokensPerSecond.toFixed(1)} evaluated tokens/s` : ""}`,
    );
  context.print(`run ${record.runId}: record ${record.recordPath}`);
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
    .option("--limit <n>", "at most n items per set")
    .option("--seed <n>", "seed for A/B positions and bootstrap", "7")
    .option("--run-id <id>", "evaluation run id (default: a new one)")
    .option("--no-prefix-reuse", "score each candidate from scratch (slower; for comparison)")
    .option("--no-guard", "skip the broken-scorer guard (not recommended)")
    .option("--no-database", "do not record the run in the graph (reference/probvaa sets only)")
    .action(async (flags: RunFlags) => {
      try {
        await evaluate(flags, context, context.settings());
      } finally {
        await disposeLlamaRuntime();
      }
    });
  evaluation
    .command("report")
    .description("write the self-contained HTML report of a run (optionally compared with another run)")
    .requiredOption("--run <id>", "evaluation run id")
    .option("--compare <id>", "second run for the paired McNemar comparison")
    .option("--out <file>", "HTML file (default <home>/evaluation/<run>.html)")
    .action(async (flags: { run: string; compare?: string; out?: string }) => {
      const settings = context.settings();
      const record = await readRunRecord(settings.home, flags.run);
      const comparison = flags.compare
        ? { runId: flags.compare, result: compareRuns(record, await readRunRecord(settings.home, flags.compare)) }
        : undefined;
      const path = await writeHtmlReport(
        flags.out ?? join(settings.home, "evaluation", `${flags.run}.html`),
        record,
        await readPaperTable(settings.reference),
        comparison,
      );
      context.print(path);
    });
  evaluation
    .command("compare")
    .description("McNemar paired comparison of two evaluation runs on their shared items")
    .requiredOption("--run <id>", "first run")
    .requiredOption("--with <id>", "second run")
    .action(async (flags: { run: string; with: string }) => {
      const settings = context.settings();
      const result = compareRuns(
        await readRunRecord(settings.home, flags.run),
        await readRunRecord(settings.home, flags.with),
      );
      for (const entry of result) {
        context.print(
          `${entry.method}\t${entry.metric}\tn=${entry.items}\t${entry.firstRate.toFixed(3)} vs ${entry.secondRate.toFixed(3)}\tdiscordant ${entry.firstOnly}/${entry.secondOnly}\texact p=${entry.exactP.toPrecision(3)}\tchi2 p=${entry.chiSquareP.toPrecision(3)}`,
        );
      }
    });
}
