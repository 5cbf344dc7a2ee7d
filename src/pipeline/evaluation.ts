// Pipeline steps of the evaluation stage: evaluate a model (MC by perplexity and/or AJ by an LLM judge) on the
// chosen sets, and write the HTML report of a run (optionally against another, McNemar).
import { join } from "node:path";
import {
  compareRuns,
  readRunRecord,
  runEvaluation,
  writeHtmlReport,
  type EvaluationInput,
  type EvaluationOptions,
} from "../evaluation/index.js";
import { readPaperTable } from "../evaluation/report/paper-table.js";
import { loadTable3, renderTable3Block } from "../experiments/index.js";
import type { DeepPartial } from "../kernel/index.js";
import { runPlumbing } from "../llm/run-plumbing.js";
import { tokenPrices } from "../config/model-environment.js";
import { createChatModel } from "../models/chat/create-chat-model.js";
import { createLogLikelihoodScorer, type ScorerChoice } from "../models/likelihood/create-log-likelihood-scorer.js";
import { disposeLlamaRuntime } from "../models/local/llama-runtime.js";
import type { Session } from "./session.js";

export interface EvaluationStepOptions extends Omit<EvaluationInput, "model" | "folders"> {
  /** The evaluated model: its log-likelihood backend (MC), also its chat backend (AJ). */
  scorer: ScorerChoice;
  /** AJ judge endpoint (default: the evaluated chat model judges). */
  judge?: { baseUrl: string; model?: string; apiKey?: string };
  settings?: DeepPartial<EvaluationOptions>;
  /** Record the run in the graph even for the reference/ProbVAA sets (the graph set always needs it). */
  database: boolean;
  /** Read and write the AJ answer cache under <home>/cache/llm (default true). */
  cache?: boolean;
  /** Score every item again instead of resuming an interrupted run of the same run id. */
  force?: boolean;
}

async function models(session: Session, options: EvaluationStepOptions) {
  const settings = session.settings();
  const { scorer, model } = await createLogLikelihoodScorer(settings, options.scorer, session.log);
  const choice = options.scorer;
  const chat = options.methods.includes("aj")
    ? await createChatModel(
        settings,
        choice.backend === "openai"
          ? { baseUrl: choice.baseUrl, model: choice.model, apiKey: choice.apiKey, log: session.log }
          : { ...(choice.backend === "local" && choice.model ? { gguf: choice.model } : {}), log: session.log },
      )
    : undefined;
  const judge =
    chat && options.judge
      ? await createChatModel(settings, { ...options.judge, apiKey: options.judge.apiKey ?? choice.apiKey })
      : chat;
  return { model, models: { scorer, ...(chat ? { chat } : {}), ...(judge ? { judge } : {}) } };
}

export async function evaluationStep(session: Session, options: EvaluationStepOptions) {
  try {
    const settings = session.settings();
    const { model, models: stageModels } = await models(session, options);
    const { scorer: _scorer, judge: _judge, settings: overrides, database, cache, force, ...rest } = options;
    const input: EvaluationInput = { ...rest, model, folders: { home: settings.home, reference: settings.reference } };
    const llm = runPlumbing(
      settings.home,
      options.runId ?? `evaluation-${Date.now()}`,
      cache ?? true,
      tokenPrices(settings.models),
      session.batch,
    );
    const dependencies = { models: stageModels, llm, progress: session.progress };
    const run = (executor?: Parameters<typeof runEvaluation>[2]["executor"]) =>
      runEvaluation(
        input,
        { settings: overrides ?? {}, force: force === true },
        { ...dependencies, ...(executor ? { executor } : {}) },
      );
    const record =
      database || options.sets.includes("graph")
        ? await session.withDatabase((executor) => run(executor))
        : await run();
    printRecord(session, record);
    return record;
  } finally {
    await disposeLlamaRuntime();
  }
}

function printRecord(session: Session, record: Awaited<ReturnType<typeof runEvaluation>>): void {
  const shown = record.table.filter(
    (entry) =>
      entry.conflictReduced === "all" &&
      (entry.metric === "perplexity" || entry.metric === "judge" || entry.metric === "orderConsistency"),
  );
  for (const row of shown)
    session.print(
      `${row.set}\t${row.nation}\t${row.method}\t${row.metric}\tn=${row.n}\t${row.rate.toFixed(3)} [${row.low.toFixed(3)}, ${row.high.toFixed(3)}]`,
    );
  const throughput = record.throughput;
  if (throughput)
    session.print(
      `throughput: ${throughput.itemsPerSecond.toFixed(2)} items/s, ${throughput.scoredTokensPerSecond.toFixed(1)} scored tokens/s${throughput.evaluatedTokensPerSecond ? `, ${throughput.evaluatedTokensPerSecond.toFixed(1)} evaluated tokens/s` : ""}`,
    );
  session.print(`run ${record.runId}: record ${record.recordPath}`);
}

export async function evaluationReportStep(
  session: Session,
  options: { run: string; compare?: string; out?: string; split?: string; dpo?: string },
) {
  const settings = session.settings();
  const record = await readRunRecord(settings.home, options.run);
  const comparison = options.compare
    ? { runId: options.compare, result: compareRuns(record, await readRunRecord(settings.home, options.compare)) }
    : undefined;
  // With a second run, the Table 3 block: this run with CR, the other without (on the split's shared test items).
  const table3 = options.compare
    ? renderTable3Block(
        await loadTable3(settings, {
          withCr: options.run,
          withoutCr: options.compare,
          ...(options.dpo ? { dpo: options.dpo } : {}),
          ...(options.split ? { split: options.split } : {}),
        }),
      )
    : undefined;
  const path = await writeHtmlReport(
    options.out ?? join(settings.home, "evaluation", `${options.run}.html`),
    record,
    await readPaperTable(settings.reference),
    comparison,
    table3 ? [table3] : [],
  );
  session.print(path);
  return path;
}
