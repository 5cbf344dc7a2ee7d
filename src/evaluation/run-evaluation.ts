// The evaluation stage: gathers items (graph Triples, the 75 reference triples, ProbVAA pairs), runs MC by
// perplexity and/or AJ, builds the results table with bootstrap intervals, and records everything: a (:Run),
// (:EvalRun)-[:SCORED]->(:Triple) in the graph, and the JSON run record under <home>/evaluation/.
import type { CypherExecutor } from "../database/executor.js";
import type { ChatModel } from "../models/chat/chat-model.js";
import type { LogLikelihoodScorer } from "../models/likelihood/log-likelihood-scorer.js";
import { finishRun, startRun } from "../runs/run-record.js";
import { InputError } from "../shared/errors.js";
import { silentProgress, type ProgressReporter } from "../shared/progress.js";
import { evaluateAnswerJudgment, type AnswerJudgmentItemResult } from "./answer-judgment/evaluate-answer-judgment.js";
import type { EvaluationItem } from "./items/evaluation-item.js";
import { readGraphTriples, type GraphTripleFilter } from "./items/graph-triples.js";
import { readProbvaaPairs } from "./items/probvaa-pairs.js";
import { readReferenceTriples } from "./items/reference-triples.js";
import { evaluateMultipleChoice, type MultipleChoiceOutcome } from "./multiple-choice/evaluate-multiple-choice.js";
import type { LlmPlumbing } from "../llm/llm-call.js";
import { loadPrompt, loadScoringPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { resultsTable } from "./results/results-table.js";
import { writeRunRecord, type EvaluationRunRecord, type ModelRecord } from "./results/run-record-file.js";
import { storeResults } from "./results/store-results.js";

export const EVALUATION_SETS = ["graph", "reference", "probvaa"] as const;
export type EvaluationSet = (typeof EVALUATION_SETS)[number];

export interface EvaluationInput {
  runId: string;
  sets: EvaluationSet[];
  methods: ("mc" | "aj")[];
  graphFilter?: GraphTripleFilter;
  /** At most this many items per set (smoke runs). */
  limitPerSet?: number;
}

export interface EvaluationOptions {
  seed: number;
  batchSize: number;
  bootstrapResamples: number;
  guard: boolean;
}

export const EVALUATION_DEFAULTS: EvaluationOptions = { seed: 7, batchSize: 8, bootstrapResamples: 2000, guard: true };

export interface EvaluationDependencies {
  executor?: CypherExecutor;
  home: string;
  reference: string;
  scorer?: LogLikelihoodScorer & { evaluatedTokens?: number };
  model: ModelRecord;
  chat?: ChatModel;
  judge?: ChatModel;
  llm?: LlmPlumbing;
  progress?: ProgressReporter;
}

export async function gatherItems(
  input: EvaluationInput,
  dependencies: EvaluationDependencies,
): Promise<EvaluationItem[]> {
  const items: EvaluationItem[] = [];
  const limit = (list: EvaluationItem[]): EvaluationItem[] =>
    input.limitPerSet === undefined ? list : list.slice(0, input.limitPerSet);
  for (const set of input.sets) {
    if (set === "graph") {
      if (!dependencies.executor) throw new InputError("the graph set needs a database connection");
      items.push(...limit(await readGraphTriples(dependencies.executor, input.graphFilter)));
    } else if (set === "reference") items.push(...limit(await readReferenceTriples(dependencies.reference)));
    else items.push(...limit(await readProbvaaPairs(dependencies.reference)));
  }
  if (items.length === 0)
    throw new InputError(`no items to evaluate in sets ${input.sets.join(", ")} (no valid Triples yet?)`);
  return items;
}

export async function runEvaluation(
  input: EvaluationInput,
  options: Partial<EvaluationOptions>,
  dependencies: EvaluationDependencies,
): Promise<EvaluationRunRecord & { recordPath: string }> {
  const settings = { ...EVALUATION_DEFAULTS, ...options };
  const { executor, scorer } = dependencies;
  if (input.methods.includes("mc") && !scorer)
    throw new InputError("MC evaluation needs a log-likelihood scorer (--model)");
  if (input.methods.includes("aj") && (!dependencies.chat || !dependencies.judge))
    throw new InputError("AJ evaluation needs a chat model and a judge");
  const multipleChoicePrompt = loadScoringPrompt("evaluation", "multiple-choice", "v1");
  const answerPrompts = {
    answer: loadPrompt("evaluation", "free-answer", "v1"),
    judge: loadPrompt("evaluation", "answer-judgment", "v3"),
  };
  const versions = {
    multipleChoicePrompt: promptVersionOf(multipleChoicePrompt),
    answerJudgmentPrompt: `${promptVersionOf(answerPrompts.answer)}+${promptVersionOf(answerPrompts.judge)}`,
    model: dependencies.model.sha256 ?? dependencies.model.id,
  };
  const config = { ...input, ...settings, model: dependencies.model, judge: dependencies.judge?.id ?? null };
  const startedAt = new Date().toISOString();
  if (executor)
    await startRun(executor, { id: input.runId, stage: "evaluation", config, versions, seed: settings.seed });
  try {
    const items = await gatherItems(input, dependencies);
    const progress = dependencies.progress ?? silentProgress;
    let multipleChoice: MultipleChoiceOutcome = { results: [], seconds: 0, scoredTokens: 0 };
    const evaluatedBefore = scorer?.evaluatedTokens ?? 0;
    if (input.methods.includes("mc") && scorer) {
      multipleChoice = await evaluateMultipleChoice(
        items,
        { batchSize: settings.batchSize, guard: settings.guard },
        { scorer, prompt: multipleChoicePrompt, progress },
      );
    }
    let answerJudgment: AnswerJudgmentItemResult[] = [];
    if (input.methods.includes("aj") && dependencies.chat && dependencies.judge) {
      answerJudgment = await evaluateAnswerJudgment(
        items,
        { seed: settings.seed, judgeRetries: 0 },
        {
          model: dependencies.chat,
          judge: dependencies.judge,
          prompts: answerPrompts,
          progress,
          ...(dependencies.llm ? { llm: dependencies.llm } : {}),
        },
      );
    }
    const seconds = multipleChoice.seconds;
    const evaluated = scorer?.evaluatedTokens === undefined ? undefined : scorer.evaluatedTokens - evaluatedBefore;
    const record: EvaluationRunRecord = {
      runId: input.runId,
      startedAt,
      finishedAt: new Date().toISOString(),
      model: dependencies.model,
      judge: dependencies.judge ? { id: dependencies.judge.id } : null,
      config,
      versions,
      seed: settings.seed,
      throughput:
        seconds > 0
          ? {
              multipleChoiceSeconds: seconds,
              itemsPerSecond: multipleChoice.results.length / seconds,
              scoredTokensPerSecond: multipleChoice.scoredTokens / seconds,
              ...(evaluated === undefined ? {} : { evaluatedTokensPerSecond: evaluated / seconds }),
            }
          : null,
      items,
      multipleChoice: multipleChoice.results,
      answerJudgment,
      table: resultsTable(items, multipleChoice.results, answerJudgment, {
        seed: settings.seed,
        resamples: settings.bootstrapResamples,
      }),
    };
    const recordPath = await writeRunRecord(dependencies.home, record);
    if (executor) {
      const scored = await storeResults(executor, record);
      await finishRun(executor, input.runId, {
        status: "done",
        counts: {
          items: items.length,
          multipleChoice: multipleChoice.results.length,
          answerJudgment: answerJudgment.length,
          scoredTriples: scored,
        },
      });
    }
    return { ...record, recordPath };
  } catch (error) {
    if (executor) await finishRun(executor, input.runId, { status: "failed", error: (error as Error).message });
    throw error;
  }
}
