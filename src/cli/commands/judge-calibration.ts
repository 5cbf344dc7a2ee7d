// `navab eval judge`: a thin caller of the judge calibration stage (src/judges/calibrate-judge.ts) — accuracy of the
// oracle, the local GGUF or any OpenAI-compatible model on labelled ProbVAA pairs, overall, per language and per
// variant with bootstrap intervals; stored as a (:JudgeCalibration) that stages using the judge record.
import type { Command } from "commander";
import { tokenPrices } from "../../config/model-environment.js";
import { calibrateJudge, JUDGE_TASKS, type CalibrationResult, type JudgeTask } from "../../judges/index.js";
import { runPlumbing } from "../../llm/run-plumbing.js";
import { createChatModel } from "../../models/chat/create-chat-model.js";
import { disposeLlamaRuntime } from "../../models/local/llama-runtime.js";
import { InputError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";
import { nonNegativeIntegerFlag, positiveIntegerFlag } from "../flag-values.js";

interface JudgeFlags {
  task: string;
  set: string;
  judge: string;
  limit?: string;
  seed?: string;
  baseUrl?: string;
  model?: string;
  apiKey?: string;
  gguf?: string;
  concurrency?: string;
  runId?: string;
  cache: boolean;
  json?: boolean;
}

const interval = (entry: { accuracy: number; low: number; high: number; n: number }) =>
  `${entry.accuracy.toFixed(3)} [${entry.low.toFixed(3)}, ${entry.high.toFixed(3)}] n=${entry.n}`;

function printText(context: CliContext, result: CalibrationResult): void {
  context.print(`judge ${result.judgeModelId} (${result.promptVersion}), task ${result.task}, set ${result.set}`);
  context.print(
    `accuracy ${interval(result.overall)}  (${result.failedAnswers} malformed answers, ${result.seconds} s)`,
  );
  for (const [language, entry] of Object.entries(result.byLanguage))
    context.print(`  language ${language}\t${interval(entry)}`);
  for (const [variant, entry] of Object.entries(result.byVariant))
    context.print(`  variant ${variant}\t${interval(entry)}`);
  context.print(`verdicts ${JSON.stringify(result.verdicts)}`);
  context.print(`calibration ${result.calibrationId}`);
}

export function registerJudgeCalibrationCommand(evaluation: Command, context: CliContext): void {
  evaluation
    .command("judge")
    .description(
      "measure a judge model on labelled ProbVAA pairs (contradiction or agreement) and store the calibration",
    )
    .requiredOption("--task <task>", `the judging task: ${JUDGE_TASKS.join(" or ")}`)
    .option("--set <set>", "labelled pairs: probvaa", "probvaa")
    .option(
      "--judge <judge>",
      "oracle (reads the labels), local (the offline GGUF) or openai (NAVAB_LLM_* or flags)",
      "local",
    )
    .option("--limit <n>", "pairs to judge, balanced across variants and languages (0 = all; default in settings)")
    .option("--seed <n>", "sampling and A/B order seed (default in settings)")
    .option("--base-url <url>", "OpenAI-compatible base URL for --judge openai (or NAVAB_LLM_BASE_URL)")
    .option("--model <name>", "model name for --judge openai (or NAVAB_LLM_MODEL)")
    .option("--api-key <key>", "API key (or OPENAI_API_KEY)")
    .option("--gguf <path>", "GGUF file for --judge local (or NAVAB_GGUF)")
    .option("--concurrency <n>", "judge calls in flight")
    .option("--run-id <id>", "calibration run id (default: a new one)")
    .option("--no-cache", "do not read or write the answer cache")
    .option("--json", "print the result as JSON")
    .action(async (flags: JudgeFlags) => {
      if (!(JUDGE_TASKS as readonly string[]).includes(flags.task))
        throw new InputError(`--task takes ${JUDGE_TASKS.join(" or ")}; got "${flags.task}"`);
      if (flags.set !== "probvaa") throw new InputError(`--set takes probvaa; got "${flags.set}"`);
      if (!["oracle", "local", "openai"].includes(flags.judge))
        throw new InputError(`--judge takes oracle, local or openai; got "${flags.judge}"`);
      const settings = context.settings();
      const limit = nonNegativeIntegerFlag(flags.limit, "--limit");
      const seed = nonNegativeIntegerFlag(flags.seed, "--seed");
      const concurrency = positiveIntegerFlag(flags.concurrency, "--concurrency");
      try {
        const judge =
          flags.judge === "oracle"
            ? undefined
            : await createChatModel(settings, {
                backend: flags.judge as "local" | "openai",
                ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
                ...(flags.model ? { model: flags.model } : {}),
                ...(flags.apiKey ? { apiKey: flags.apiKey } : {}),
                ...(flags.gguf ? { gguf: flags.gguf } : {}),
                log: context.log,
              });
        const result = await context.withDatabase((executor) =>
          calibrateJudge(
            {
              task: flags.task as JudgeTask,
              set: "probvaa",
              judge: judge === undefined ? "oracle" : "model",
              referenceFolder: settings.reference,
            },
            {
              ...(flags.runId ? { runId: flags.runId } : {}),
              settings: {
                ...(limit === undefined ? {} : { limit }),
                ...(seed === undefined ? {} : { seed }),
                ...(concurrency === undefined ? {} : { execution: { concurrency } }),
              },
            },
            {
              executor,
              models: judge === undefined ? {} : { judge },
              llm: runPlumbing(
                settings.home,
                flags.runId ?? `judge-${Date.now()}`,
                flags.cache,
                tokenPrices(settings.models),
              ),
              progress: context.progress,
              log: context.log,
            },
          ),
        );
        const { overall } = result;
        if (flags.json === true)
          context.print(
            JSON.stringify({ accuracy: overall.accuracy, low: overall.low, high: overall.high, ...result }, null, 2),
          );
        else printText(context, result);
      } finally {
        await disposeLlamaRuntime();
      }
    });
}
