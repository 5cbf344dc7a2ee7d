// `navab eval judge`: flags → the typed pipeline step (src/pipeline/judges.ts) of the judge calibration stage —
// accuracy of the oracle, the local GGUF or any OpenAI-compatible model on labelled ProbVAA pairs, overall, per
// language and per variant with bootstrap intervals; stored as a (:JudgeCalibration) that stages using the judge record.
import type { Command } from "commander";
import { JUDGE_TASKS, type JudgeTask } from "../../judges/index.js";
import { judgeCalibrationStep } from "../../pipeline/judges.js";
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
      const limit = nonNegativeIntegerFlag(flags.limit, "--limit");
      const seed = nonNegativeIntegerFlag(flags.seed, "--seed");
      const concurrency = positiveIntegerFlag(flags.concurrency, "--concurrency");
      await judgeCalibrationStep(context, {
        task: flags.task as JudgeTask,
        set: "probvaa",
        judge:
          flags.judge === "oracle"
            ? "oracle"
            : {
                backend: flags.judge as "local" | "openai",
                ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
                ...(flags.model ? { model: flags.model } : {}),
                ...(flags.apiKey ? { apiKey: flags.apiKey } : {}),
                ...(flags.gguf ? { gguf: flags.gguf } : {}),
              },
        ...(flags.runId ? { runId: flags.runId } : {}),
        settings: {
          ...(limit === undefined ? {} : { limit }),
          ...(seed === undefined ? {} : { seed }),
          ...(concurrency === undefined ? {} : { execution: { concurrency } }),
        },
        cache: flags.cache,
        json: flags.json === true,
      });
    });
}
