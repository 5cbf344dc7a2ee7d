// `navab batch run -- <stage command…>`, `batch estimate -- …`, `batch status`, `batch cancel`: a stage command run
// through the OpenAI Batch API (src/llm/batch): passes in collect mode, batches submitted, polled and filled into
// the answer cache, resumed by the same command after a restart; the final pass is the normal run.
import { join } from "node:path";
import type { Command } from "commander";
import { confirmAboveUsd, tokenPrices } from "../../config/model-environment.js";
import { RequestCollector } from "../../llm/batch/batch-collector.js";
import { BatchStore, inFlight } from "../../llm/batch/batch-store.js";
import { describeEstimate, estimateCost } from "../../llm/batch/cost-estimate.js";
import { DeferredItems, DeferredRequest } from "../../llm/batch/deferral.js";
import { describeSubmission, refreshSubmission } from "../../llm/batch/fill-batches.js";
import { runBatched } from "../../llm/batch/run-batched.js";
import { openAiBatchApi } from "../../models/chat/openai-batch-api.js";
import { abortableSleep, batchableCommand, terminalQuestion, withRunId } from "../batch-command-line.js";
import type { CliContext } from "../context.js";
import { nonNegativeIntegerFlag, positiveIntegerFlag } from "../flag-values.js";

/** Runs one navab command line (without "navab") with the given context: supplied by commands/index.ts. */
export type CommandRunner = (context: CliContext, args: string[]) => Promise<void>;

interface RunFlags {
  yes?: boolean;
  detach?: boolean;
  pollSeconds: string;
  maxSubmissions: string;
  maxPasses: string;
}

const storeOf = (context: CliContext) => new BatchStore(join(context.settings().home, "batch"));

async function runThroughBatch(args: string[], flags: RunFlags, context: CliContext, runCommand: CommandRunner) {
  const { words, runId } = withRunId(batchableCommand(args));
  const settings = context.settings();
  const store = storeOf(context);
  const collector = new RequestCollector(store, {
    maxSubmissions: positiveIntegerFlag(flags.maxSubmissions, "--max-submissions"),
    log: context.log,
  });
  const abort = new AbortController();
  const onInterrupt = () => {
    context.log("interrupted: the batches keep running on the server; run the same command again to resume");
    abort.abort();
  };
  process.once("SIGINT", onInterrupt);
  try {
    const outcome = await runBatched(() => runCommand({ ...context, batch: collector }, words), {
      store,
      collector,
      prices: tokenPrices(settings.models),
      confirmAboveUsd: confirmAboveUsd(settings.models),
      yes: flags.yes ?? false,
      ...(terminalQuestion() ? { ask: terminalQuestion() } : {}),
      pollMs: (nonNegativeIntegerFlag(flags.pollSeconds, "--poll-seconds") ?? 60) * 1000,
      detach: flags.detach ?? false,
      maxPasses: positiveIntegerFlag(flags.maxPasses, "--max-passes"),
      signal: abort.signal,
      sleep: abortableSleep(abort.signal),
      log: context.log,
    });
    if (outcome.status === "done")
      context.print(`batch run ${runId}: done in ${outcome.passes} passes, ${outcome.submitted} requests submitted`);
    else
      context.print(
        `batch run ${runId}: ${outcome.inFlight} batch(es) still running; resume with: navab batch run -- ${words.join(" ")}`,
      );
  } finally {
    process.removeListener("SIGINT", onInterrupt);
  }
}

async function estimate(args: string[], context: CliContext, runCommand: CommandRunner) {
  const { words } = withRunId(batchableCommand(args));
  const collector = new RequestCollector(storeOf(context), { log: context.log });
  await collector.startPass();
  try {
    await runCommand({ ...context, batch: collector }, words);
  } catch (error) {
    if (!(error instanceof DeferredItems || error instanceof DeferredRequest)) throw error;
  }
  const fresh = collector.collected().filter((request) => request.inFlight === undefined);
  const prices = tokenPrices(context.settings().models);
  context.print(
    `first step: ${describeEstimate(
      estimateCost(
        fresh.map((request) => request.line),
        prices,
      ),
      prices.batchDiscount,
    )}`,
  );
  context.print("steps that depend on these answers are estimated when they are collected (nothing was submitted)");
}

export function registerBatchCommands(program: Command, context: CliContext, runCommand: CommandRunner): void {
  const batch = program
    .command("batch")
    .description("run LLM stages through the OpenAI Batch API (50% cheaper, ≤ 24 h)");
  batch
    .command("run")
    .description("run a stage command through the Batch API: collect → submit → wait → fill → repeat; resumable")
    .argument("<command...>", `the stage command after --, e.g. -- statements run --nation CN --backend openai`)
    .option("--yes", "submit without asking, whatever the estimate")
    .option("--detach", "submit and exit; the same command later resumes")
    .option("--poll-seconds <n>", "seconds between status checks", "60")
    .option("--max-submissions <n>", "times one request is submitted before it is asked synchronously", "3")
    .option("--max-passes <n>", "stage passes before giving up (one per dependent LLM step)", "20")
    .action((args: string[], flags: RunFlags) => runThroughBatch(args, flags, context, runCommand));
  batch
    .command("estimate")
    .description("collect a stage command's first-step requests and print their estimated cost; submits nothing")
    .argument("<command...>", "the stage command after --")
    .action((args: string[]) => estimate(args, context, runCommand));
  batch
    .command("status")
    .description("the submitted batches (from <home>/batch), optionally refreshed from the server")
    .option("--refresh", "ask the server for each running batch's status (and fill finished ones)")
    .action(async (flags: { refresh?: boolean }) => {
      const store = storeOf(context);
      const apiKey = context.settings().models.OPENAI_API_KEY;
      for (const record of await store.submissions()) {
        const current =
          flags.refresh && inFlight(record)
            ? await refreshSubmission(record, openAiBatchApi(record.endpoint, apiKey), store)
            : record;
        context.print(describeSubmission(current));
      }
    });
  batch
    .command("cancel")
    .description("cancel running batches (all, or the given batch ids); their partial answers are still used")
    .argument("[batchIds...]", "server batch ids (default: every running batch)")
    .action(async (batchIds: string[]) => {
      const apiKey = context.settings().models.OPENAI_API_KEY;
      for (const record of (await storeOf(context).submissions()).filter(inFlight)) {
        if (batchIds.length > 0 && !batchIds.includes(record.batchId ?? "")) continue;
        const info = await openAiBatchApi(record.endpoint, apiKey).cancel(record.batchId as string);
        context.print(`${info.id}: ${info.status}`);
      }
    });
}
