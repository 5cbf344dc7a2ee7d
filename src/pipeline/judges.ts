// Pipeline step of the judge calibration stage (`navab eval judge`, issue 13 item 3): measure the oracle, the local
// GGUF or any OpenAI-compatible model as a pair judge on labelled ProbVAA pairs, store the (:JudgeCalibration) and
// print accuracy overall, per language and per variant with bootstrap intervals.
import type { DeepPartial } from "../kernel/index.js";
import { calibrateJudge, type CalibrationResult, type CalibrationSettings, type JudgeTask } from "../judges/index.js";
import { chatModel, type ChatChoice } from "./models.js";
import type { Session } from "./session.js";
import { withStageDependencies } from "./stage-dependencies.js";

export interface JudgeCalibrationStepOptions {
  task: JudgeTask;
  set: "probvaa";
  /** "oracle" reads the labels (the plumbing check: 1.0); a chat choice is the judge model measured. */
  judge: "oracle" | ChatChoice;
  runId?: string;
  settings?: DeepPartial<CalibrationSettings>;
  /** Read and write the answer cache under <home>/cache/llm (default true). */
  cache?: boolean;
  json?: boolean;
}

const interval = (entry: { accuracy: number; low: number; high: number; n: number }) =>
  `${entry.accuracy.toFixed(3)} [${entry.low.toFixed(3)}, ${entry.high.toFixed(3)}] n=${entry.n}`;

export async function judgeCalibrationStep(
  session: Session,
  options: JudgeCalibrationStepOptions,
): Promise<CalibrationResult> {
  const judge = options.judge === "oracle" ? undefined : await chatModel(session, options.judge);
  const result = await withStageDependencies(
    session,
    {
      models: judge === undefined ? {} : { judge },
      runLabel: options.runId ?? `judge-${Date.now()}`,
      cache: options.cache ?? true,
    },
    (dependencies) =>
      calibrateJudge(
        {
          task: options.task,
          set: options.set,
          judge: judge === undefined ? "oracle" : "model",
          referenceFolder: session.settings().reference,
        },
        { ...(options.runId ? { runId: options.runId } : {}), settings: options.settings ?? {} },
        dependencies,
      ),
  );
  const { overall } = result;
  if (options.json === true) {
    session.print(
      JSON.stringify({ accuracy: overall.accuracy, low: overall.low, high: overall.high, ...result }, null, 2),
    );
    return result;
  }
  session.print(`judge ${result.judgeModelId} (${result.promptVersion}), task ${result.task}, set ${result.set}`);
  session.print(`accuracy ${interval(overall)}  (${result.failedAnswers} malformed answers, ${result.seconds} s)`);
  for (const [language, entry] of Object.entries(result.byLanguage))
    session.print(`  language ${language}\t${interval(entry)}`);
  for (const [variant, entry] of Object.entries(result.byVariant))
    session.print(`  variant ${variant}\t${interval(entry)}`);
  session.print(`verdicts ${JSON.stringify(result.verdicts)}`);
  session.print(`calibration ${result.calibrationId}`);
  return result;
}
