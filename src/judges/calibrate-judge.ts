// Stage `judges.calibrate` (`navab eval judge`): measures a pair judge on labelled real pairs before anyone trusts
// it (issue 13 item 3). ProbVAA pairs are sampled (seeded, balanced across variants and languages), shown in a
// seeded random order (A/B), judged, and scored overall, per language and per variant with bootstrap intervals. The
// result is stored as (:JudgeCalibration {task, judgeModelId, promptVersion, accuracy, low, high, n, ...}) linked to
// its Run; stages that use the judge record the latest matching calibration (calibration-record.ts).
import { z } from "zod";
import { integer } from "../database/values.js";
import {
  executionSettings,
  forEachItem,
  llmCallOptions,
  requireModel,
  settingsFile,
  stageFunction,
  type StageContext,
  type StageDefinition,
  type StageDependencies,
} from "../kernel/index.js";
import { loadPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { seededRandom } from "../shared/seeded-random.js";
import { calibrationScores, type CalibrationScores, type JudgedOutcome } from "./calibration-scores.js";
import { isCorrect, type JudgeTask } from "./judge-tasks.js";
import { llmPairJudge } from "./llm-pair-judge.js";
import { oraclePairJudge } from "./oracle-pair-judge.js";
import type { PairJudge } from "./pair-judge.js";
import { readProbvaaLabelledPairs } from "./probvaa-labelled-pairs.js";
import { samplePairs } from "./sample-pairs.js";

const calibrationSettings = z.object({
  prompts: z.object({ contradiction: z.string().regex(/^v\d+$/), agreement: z.string().regex(/^v\d+$/) }),
  retries: z.number().int().min(0),
  seed: z.number().int(),
  /** Pairs judged (balanced sample); absent or 0 → every pair of the set. */
  limit: z.number().int().min(0),
  bootstrap: z.object({ resamples: z.number().int().positive(), confidence: z.number().gt(0).lt(1) }),
  execution: executionSettings,
});
export type CalibrationSettings = z.infer<typeof calibrationSettings>;

export interface CalibrationInput {
  task: JudgeTask;
  set: "probvaa";
  /** "oracle" reads the labels (plumbing check: accuracy 1.0); "model" uses dependencies.models.judge. */
  judge: "oracle" | "model";
  /** The reference data folder (holding probvaa/probvaa.csv). */
  referenceFolder: string;
}

export interface CalibrationResult extends CalibrationScores {
  calibrationId: string;
  task: JudgeTask;
  set: string;
  judgeModelId: string;
  promptVersion: string;
  pairs: number;
  failedAnswers: number;
  seconds: number;
}

type Context = StageContext<CalibrationInput, CalibrationSettings, StageDependencies>;

const promptVersion = (input: CalibrationInput, settings: CalibrationSettings): string =>
  input.judge === "oracle" ? "labels" : promptVersionOf(loadPrompt("judges", input.task, settings.prompts[input.task]));

function pairJudge(context: Context): PairJudge {
  const { input, settings } = context;
  if (input.judge === "oracle") return oraclePairJudge(input.task);
  const chat = requireModel("judges.calibrate", context.dependencies.models, "judge");
  return llmPairJudge(chat, input.task, { prompt: settings.prompts[input.task], ...llmCallOptions(context, settings) });
}

export const calibrationStage: StageDefinition<
  CalibrationInput,
  CalibrationSettings,
  CalibrationResult,
  StageDependencies
> = {
  name: "judges.calibrate",
  settings: settingsFile("judges", "calibrate", 1, calibrationSettings),
  resume: "replace",
  versions: (input, settings, dependencies) => ({
    prompt: promptVersion(input, settings),
    judge: input.judge === "oracle" ? "oracle:labels" : (dependencies.models.judge?.id ?? "none"),
  }),
  describeInput: (input) => ({ task: input.task, set: input.set, judge: input.judge }),
  seed: (settings) => settings.seed,
  async run(context) {
    const { input, settings, runId, counts } = context;
    const started = performance.now();
    const judge = pairJudge(context);
    const pairs = samplePairs(
      await readProbvaaLabelledPairs(input.referenceFolder),
      settings.limit === 0 ? undefined : settings.limit,
      settings.seed,
    );
    const random = seededRandom(settings.seed + 1);
    const shown = pairs.map((pair) => ({ pair, swapped: random() < 0.5 }));
    const outcomes: JudgedOutcome[] = [];
    await forEachItem(context, `judge ${input.task}`, shown, settings.execution.concurrency, async (entry) => {
      const { pair, swapped } = entry;
      const judgment = await judge.judge({
        first: swapped ? pair.other : pair.statement,
        second: swapped ? pair.statement : pair.other,
        language: pair.language,
        variant: pair.variant,
      });
      outcomes.push({
        id: pair.id,
        language: pair.language,
        variant: pair.variant,
        verdict: judgment.verdict,
        correct: isCorrect(input.task, pair.variant, judgment.verdict),
      });
    });
    outcomes.sort((left, right) => left.id.localeCompare(right.id));
    const scores = calibrationScores(outcomes, { ...settings.bootstrap, seed: settings.seed });
    const failedAnswers = outcomes.filter((outcome) => outcome.verdict === "failed").length;
    const result: CalibrationResult = {
      calibrationId: runId,
      task: input.task,
      set: input.set,
      judgeModelId: judge.modelId,
      promptVersion: judge.promptVersion,
      pairs: outcomes.length,
      failedAnswers,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      ...scores,
    };
    await context.dependencies.executor.write("judges/write-calibration", {
      runId,
      calibration: {
        id: runId,
        runId,
        task: input.task,
        set: input.set,
        judgeModelId: judge.modelId,
        promptVersion: judge.promptVersion,
        n: integer(scores.overall.n),
        accuracy: scores.overall.accuracy,
        low: scores.overall.low,
        high: scores.overall.high,
        failedAnswers: integer(failedAnswers),
        byLanguage: JSON.stringify(scores.byLanguage),
        byVariant: JSON.stringify(scores.byVariant),
        verdicts: JSON.stringify(scores.verdicts),
        outcomes: JSON.stringify(outcomes),
        seed: integer(settings.seed),
        seconds: result.seconds,
      },
    });
    Object.assign(counts, { pairs: outcomes.length, correct: scores.overall.correct, failedAnswers });
    return result;
  },
};

export const calibrateJudge = stageFunction(calibrationStage);
