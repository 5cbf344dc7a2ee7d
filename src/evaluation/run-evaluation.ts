// Stage `evaluation`: gathers items (graph Triples, the 75 reference triples, ProbVAA pairs), runs MC by
// perplexity and/or AJ, builds the results table with bootstrap intervals, and records everything: a (:Run),
// (:EvalRun)-[:SCORED]->(:Triple) in the graph, and the JSON run record under <home>/evaluation/. Runs without a
// database for the reference sets (no Run then). Resume rule "replace": a run id's record and EvalRuns are rewritten;
// each item is persisted as it is scored (SCORED + a per-item journal), so a killed or failed run resumes from there.
import type { CypherExecutor } from "../database/executor.js";
import {
  requireModel,
  stageFunction,
  type OptionalDatabaseDependencies,
  type StageContext,
  type StageDefinition,
} from "../kernel/index.js";
import { loadPrompt, loadScoringPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { InputError } from "../shared/errors.js";
import { evaluateAnswerJudgment, type AnswerJudgmentItemResult } from "./answer-judgment/evaluate-answer-judgment.js";
import type { EvaluationItem } from "./items/evaluation-item.js";
import { readGraphTriples, type GraphTripleFilter } from "./items/graph-triples.js";
import { readProbvaaPairs } from "./items/probvaa-pairs.js";
import { readReferenceTriples } from "./items/reference-triples.js";
import { evaluateMultipleChoice, type MultipleChoiceOutcome } from "./multiple-choice/evaluate-multiple-choice.js";
import { resultsTable } from "./results/results-table.js";
import { writeRunRecord, type EvaluationRunRecord, type ModelRecord } from "./results/run-record-file.js";
import { openProgressiveResults } from "./results/progressive-results.js";
import { storeResults } from "./results/store-results.js";
import { EVALUATION_SETTINGS, type EvaluationOptions } from "./settings.js";

export const EVALUATION_SETS = ["graph", "reference", "probvaa"] as const;
export type EvaluationSet = (typeof EVALUATION_SETS)[number];

export interface EvaluationInput {
  /** Absent → the run-id rule (`evaluation-<time>-<random>`). */
  runId?: string;
  sets: EvaluationSet[];
  methods: ("mc" | "aj")[];
  graphFilter?: GraphTripleFilter;
  /** At most this many items per set (smoke runs). */
  limitPerSet?: number;
  /** Only these item ids (the test items of a DPO split manifest, `--split`); applied before the limit. */
  onlyItemIds?: string[];
  /** Where onlyItemIds came from (the split manifest's path), recorded instead of the ids. */
  split?: string;
  /** The evaluated model as recorded (id, file, sha256). */
  model: ModelRecord;
  /** Where the run record is written (<home>/evaluation/) and the reference sets are read. */
  folders: { home: string; reference: string };
}

export type EvaluationDependencies = OptionalDatabaseDependencies;
export type { EvaluationOptions };

export async function gatherItems(
  input: Pick<EvaluationInput, "sets" | "graphFilter" | "limitPerSet" | "onlyItemIds" | "folders">,
  executor: CypherExecutor | undefined,
): Promise<EvaluationItem[]> {
  const items: EvaluationItem[] = [];
  const only = input.onlyItemIds ? new Set(input.onlyItemIds) : undefined;
  const limit = (all: EvaluationItem[]): EvaluationItem[] => {
    const list = only ? all.filter((item) => only.has(item.id)) : all;
    return input.limitPerSet === undefined ? list : list.slice(0, input.limitPerSet);
  };
  for (const set of input.sets) {
    if (set === "graph") {
      if (!executor) throw new InputError("evaluation: the graph set needs a database connection");
      items.push(...limit(await readGraphTriples(executor, input.graphFilter)));
    } else if (set === "reference") items.push(...limit(await readReferenceTriples(input.folders.reference)));
    else items.push(...limit(await readProbvaaPairs(input.folders.reference)));
  }
  if (items.length === 0)
    throw new InputError(`evaluation: no items to evaluate in sets ${input.sets.join(", ")} (no valid Triples yet?)`);
  return items;
}

const prompts = (settings: EvaluationOptions) => ({
  multipleChoice: loadScoringPrompt("evaluation", "multiple-choice", settings.prompts.multipleChoice),
  answer: loadPrompt("evaluation", "free-answer", settings.prompts.freeAnswer),
  judge: loadPrompt("evaluation", "answer-judgment", settings.prompts.answerJudgment),
});

const versionsOf = (input: EvaluationInput, settings: EvaluationOptions) => {
  const loaded = prompts(settings);
  return {
    multipleChoicePrompt: promptVersionOf(loaded.multipleChoice),
    answerJudgmentPrompt: `${promptVersionOf(loaded.answer)}+${promptVersionOf(loaded.judge)}`,
    model: input.model.sha256 ?? input.model.id,
  };
};

async function run(
  context: StageContext<EvaluationInput, EvaluationOptions, EvaluationDependencies>,
): Promise<EvaluationRunRecord & { recordPath: string }> {
  const { input, settings, runId, progress } = context;
  const { executor, models } = context.dependencies;
  const startedAt = new Date().toISOString();
  const wantsMultipleChoice = input.methods.includes("mc");
  const wantsJudgment = input.methods.includes("aj");
  const scorer = wantsMultipleChoice ? requireModel("evaluation (MC)", models, "scorer") : undefined;
  const chat = wantsJudgment ? requireModel("evaluation (AJ)", models, "chat") : undefined;
  const judge = wantsJudgment ? requireModel("evaluation (AJ)", models, "judge") : undefined;
  const loaded = prompts(settings);
  const items = await gatherItems(input, executor);
  const versions = versionsOf(input, settings);
  const progressive = await openProgressiveResults(executor, {
    home: input.folders.home,
    common: { runId, model: input.model.id, modelHash: input.model.sha256 ?? null, seed: settings.seed },
    items,
    key: { settings: context.settingsHash, versions, chat: chat?.id ?? null, judge: judge?.id ?? null },
    methods: [
      ...(scorer ? [{ method: "mc" as const, promptVersion: versions.multipleChoicePrompt }] : []),
      ...(chat && judge ? [{ method: "aj" as const, promptVersion: versions.answerJudgmentPrompt }] : []),
    ],
    fresh: context.options.force === true,
  });
  // AJ first: in collect mode (src/llm/batch) a pass that waits for batch answers ends here, before MC scoring.
  let answerJudgment: AnswerJudgmentItemResult[] = [];
  if (chat && judge) {
    answerJudgment = await evaluateAnswerJudgment(
      items,
      { seed: settings.seed, judgeRetries: settings.judgeRetries },
      {
        model: chat,
        judge,
        prompts: { answer: loaded.answer, judge: loaded.judge },
        llm: context.llm,
        progress,
        previous: progressive.journal.answerJudgment,
        onJudged: progressive.onJudged,
      },
    );
  }
  let multipleChoice: MultipleChoiceOutcome = { results: [], scoredItems: 0, seconds: 0, scoredTokens: 0 };
  const evaluatedBefore = scorer?.evaluatedTokens ?? 0;
  if (scorer) {
    const options = {
      batchSize: settings.execution.batchSize,
      guard: settings.guard,
      guardOptions: settings.guardOptions,
    };
    multipleChoice = await evaluateMultipleChoice(items, options, {
      scorer,
      prompt: loaded.multipleChoice,
      progress,
      previous: progressive.journal.multipleChoice,
      onScored: progressive.onScored,
    });
  }
  const seconds = multipleChoice.seconds;
  const evaluated = scorer?.evaluatedTokens === undefined ? undefined : scorer.evaluatedTokens - evaluatedBefore;
  const { folders: _folders, runId: _runId, onlyItemIds, ...rest } = input;
  const described = { ...rest, ...(onlyItemIds ? { onlyItems: onlyItemIds.length } : {}) };
  const record: EvaluationRunRecord = {
    runId,
    startedAt,
    finishedAt: new Date().toISOString(),
    model: input.model,
    judge: judge ? { id: judge.id } : null,
    config: { ...described, ...settings, judge: judge?.id ?? null },
    versions,
    seed: settings.seed,
    throughput:
      seconds > 0
        ? {
            multipleChoiceSeconds: seconds,
            itemsPerSecond: multipleChoice.scoredItems / seconds,
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
  const recordPath = await writeRunRecord(input.folders.home, record);
  const scored = executor ? await storeResults(executor, record) : 0;
  await progressive.journal.remove();
  Object.assign(context.counts, {
    resumedMultipleChoice: progressive.journal.multipleChoice.size,
    resumedAnswerJudgment: progressive.journal.answerJudgment.size,
    items: items.length,
    multipleChoice: multipleChoice.results.length,
    answerJudgment: answerJudgment.length,
    scoredTriples: scored,
  });
  return { ...record, recordPath };
}

export const evaluationStage: StageDefinition<
  EvaluationInput,
  EvaluationOptions,
  EvaluationRunRecord & { recordPath: string },
  EvaluationDependencies
> = {
  name: "evaluation",
  settings: EVALUATION_SETTINGS,
  resume: "replace",
  runId: (input) => input.runId,
  versions: (input, settings) => versionsOf(input, settings),
  describeInput: ({ folders: _folders, onlyItemIds, ...input }) => ({
    ...input,
    ...(onlyItemIds ? { onlyItems: onlyItemIds.length } : {}),
  }),
  seed: (settings) => settings.seed,
  run,
};

export const runEvaluation = stageFunction(evaluationStage);
